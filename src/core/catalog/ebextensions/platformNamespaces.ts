/**
 * Platform-specific option namespaces: known, so they are never reported as unknown, but their
 * options vary by platform and are not checked here. Each links to its platform's section.
 * Source: "Platform specific options"
 * https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-specific.html
 */
export interface PlatformNamespace {
  readonly name: string;
  readonly docsUrl: string;
}

const SPECIFIC = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-specific.html';
const on = (name: string, platformAnchor: string): PlatformNamespace => ({ name, docsUrl: `${SPECIFIC}#command-options-${platformAnchor}` });

export const PLATFORM_NAMESPACES: readonly PlatformNamespace[] = [
  on('aws:elasticbeanstalk:environment:proxy', 'docker'),
  on('aws:elasticbeanstalk:container:tomcat:jvmoptions', 'java'),
  on('aws:elasticbeanstalk:container:java:staticfiles', 'plain-java'),
  on('aws:elasticbeanstalk:container:dotnet:apppool', 'net'),
  on('aws:elasticbeanstalk:container:nodejs', 'nodejs'),
  on('aws:elasticbeanstalk:container:nodejs:staticfiles', 'nodejs'),
  on('aws:elasticbeanstalk:container:php:phpini', 'php'),
  on('aws:elasticbeanstalk:container:python', 'python'),
  on('aws:elasticbeanstalk:container:python:staticfiles', 'python'),
  on('aws:elasticbeanstalk:container:golang:staticfiles', 'golang'),
  on('aws:elasticbeanstalk:container:ruby:staticfiles', 'ruby'),
];

export function isPlatformNamespace(name: string): boolean {
  return PLATFORM_NAMESPACES.some((namespace) => namespace.name === name);
}
