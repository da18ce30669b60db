/**
 * The properties `aws cloudformation package` (and `sam package`) upload from a local path and
 * rewrite to their S3 location, by resource type: there a path such as `Code: ./src` is how the
 * template is written before packaging, not a value of the wrong kind. cfn-lint warns about them
 * (W3002, "may only work with package"). Names are the property's own at its depth (`S3` is
 * `Code.S3` of a CodeCommit repository, `ScriptLocation` is `Command.ScriptLocation` of a Glue job).
 * https://docs.aws.amazon.com/cli/latest/reference/cloudformation/package.html
 */
export const LOCAL_ARTIFACT_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'AWS::ApiGateway::RestApi': ['BodyS3Location'],
  'AWS::Lambda::Function': ['Code'],
  'AWS::Lambda::LayerVersion': ['Content'],
  'AWS::Serverless::Function': ['CodeUri'],
  'AWS::Serverless::LayerVersion': ['ContentUri'],
  'AWS::Serverless::Application': ['Location'],
  'AWS::AppSync::GraphQLSchema': ['DefinitionS3Location'],
  'AWS::AppSync::Resolver': ['CodeS3Location', 'RequestMappingTemplateS3Location', 'ResponseMappingTemplateS3Location'],
  'AWS::AppSync::FunctionConfiguration': ['CodeS3Location', 'RequestMappingTemplateS3Location', 'ResponseMappingTemplateS3Location'],
  'AWS::Serverless::Api': ['DefinitionUri'],
  'AWS::ElasticBeanstalk::ApplicationVersion': ['SourceBundle'],
  'AWS::CloudFormation::Stack': ['TemplateURL'],
  'AWS::Glue::Job': ['ScriptLocation'],
  'AWS::StepFunctions::StateMachine': ['DefinitionS3Location'],
  'AWS::Serverless::StateMachine': ['DefinitionUri'],
  'AWS::CodeCommit::Repository': ['S3'],
};
