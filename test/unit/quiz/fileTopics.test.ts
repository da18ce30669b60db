import * as assert from 'node:assert/strict';
import { questionsForTopics, topicsOfFile } from '../../../src/core/quiz/fileTopics';
import { generateQuestions } from '../../../src/core/quiz/generateQuestions';
import { QUIZ_NOTES, indexOf } from './quizNotes';

const APPSPEC = ['version: 0.0', 'os: linux', 'hooks:', '  BeforeInstall:', '    - location: scripts/stop.sh', '  ValidateService:', '    - location: scripts/check.sh', ''].join('\n');

describe('quiz me on this file', () => {
  it('an appspec is about CodeDeploy and its hook names', () => {
    const topics = topicsOfFile('/work/app/appspec.yml', APPSPEC);
    assert.deepEqual(topics.services, ['CodeDeploy']);
    assert.ok(topics.terms.includes('BeforeInstall') && topics.terms.includes('ValidateService'));
  });

  it('.ebextensions config is about Elastic Beanstalk and its namespaces', () => {
    const config = 'option_settings:\n  aws:elasticbeanstalk:command:\n    DeploymentPolicy: Immutable\n';
    const topics = topicsOfFile('C:\\app\\.ebextensions\\deploy.config', config);
    assert.deepEqual(topics.services, ['Elastic Beanstalk']);
    assert.ok(topics.terms.includes('aws:elasticbeanstalk:command'));
  });

  it('a template is about the services of its resource types; a policy about its action prefixes', () => {
    const template = 'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n  Queue:\n    Type: "AWS::SQS::Queue"\n';
    assert.deepEqual(topicsOfFile('template.yaml', template).services, ['DynamoDB', 'SQS']);
    const policy = '{"Statement":[{"Effect":"Allow","Action":"kinesis:PutRecord","Condition":{"Bool":{"aws:SecureTransport":"true"}}}]}';
    const topics = topicsOfFile('policy.json', policy);
    assert.deepEqual(topics.services, ['IAM', 'Kinesis']);
    assert.ok(topics.terms.includes('aws:SecureTransport'));
  });

  it('picks the questions of the file’s services and of the facts naming its terms', () => {
    const index = indexOf(`${QUIZ_NOTES}Elastic Beanstalk\n  • Rolling deployments can run the BeforeInstall-like platform hooks too\n`);
    const questions = generateQuestions(index);
    const picked = questionsForTopics(questions, index, topicsOfFile('appspec.yml', APPSPEC));
    assert.ok(picked.length > 0);
    assert.ok(picked.some((q) => q.service === 'CodeDeploy'));
    assert.ok(picked.every((q) => q.service === 'CodeDeploy' || /BeforeInstall|ValidateService/.test(index.fact(q.id)!.text)));
    const firstOther = picked.findIndex((q) => q.service !== 'CodeDeploy');
    assert.ok(firstOther > 0 && picked.slice(firstOther).every((q) => q.service !== 'CodeDeploy'), 'the file’s own service comes first');
  });

  it('copes with any text: empty, binary-looking, huge', () => {
    assert.deepEqual(topicsOfFile('x.yaml', ''), { services: [], terms: [] });
    assert.doesNotThrow(() => topicsOfFile('x.json', '\u0000\uFFFD'.repeat(1000)));
    const start = Date.now();
    topicsOfFile('big.yaml', 'Type: AWS::S3::Bucket\n'.repeat(200_000));
    assert.ok(Date.now() - start < 2000);
  });
});
