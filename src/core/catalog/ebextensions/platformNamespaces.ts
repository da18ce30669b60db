/**
 * Platform-specific option namespaces: known, so they are never reported as unknown, but their
 * options vary by platform and are not checked here.
 * Source: "Platform specific options"
 * https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-specific.html
 */
export const PLATFORM_NAMESPACES: readonly string[] = [
  'aws:elasticbeanstalk:environment:proxy',
  'aws:elasticbeanstalk:container:tomcat:jvmoptions',
  'aws:elasticbeanstalk:container:java:staticfiles',
  'aws:elasticbeanstalk:container:dotnet:apppool',
  'aws:elasticbeanstalk:container:nodejs',
  'aws:elasticbeanstalk:container:nodejs:staticfiles',
  'aws:elasticbeanstalk:container:php:phpini',
  'aws:elasticbeanstalk:container:python',
  'aws:elasticbeanstalk:container:python:staticfiles',
  'aws:elasticbeanstalk:container:golang:staticfiles',
  'aws:elasticbeanstalk:container:ruby:staticfiles',
];
