package io.github.stackdocs.read.deployed.live;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Builds the CloudFormation client: JDK {@code HttpURLConnection} transport (no Apache or Netty), the SDK's
 * default credential and region chains (for {@code profile} when set), an optional STS role, and the standard
 * retry strategy with more attempts, so {@code Throttling} replies are retried with back-off.
 */
public final class CloudFormationClients {
  /** Attempts per call, the first included: a snapshot of many stacks can meet CloudFormation's rate limits. */
  static final int MAX_ATTEMPTS = 6;

  private CloudFormationClients() {}

  /** A client from the default credential chain (or {@code settings.profile()}). */
  public static CloudFormationClient create(AwsSettings settings) {
    AwsCredentialsProvider base = settings.profile()
        .map(p -> (AwsCredentialsProvider) DefaultCredentialsProvider.builder().profileName(p).build())
        .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    return create(settings, base);
  }

  /** A client with the given base credentials (tests pass static ones). */
  public static CloudFormationClient create(AwsSettings settings, AwsCredentialsProvider credentials) {
    Region region = region(settings);
    AwsCredentialsProvider provider = credentials;
    if (settings.roleArn().isPresent()) {
      StsClient sts = StsClient.builder()
          .httpClientBuilder(UrlConnectionHttpClient.builder())
          .credentialsProvider(credentials)
          .region(region)
          .build();
      provider = StsAssumeRoleCredentialsProvider.builder()
          .stsClient(sts)
          .refreshRequest(r -> r.roleArn(settings.roleArn().get()).roleSessionName("stackdocs-snapshot"))
          .build();
    }
    var builder = CloudFormationClient.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .credentialsProvider(provider)
        .region(region)
        .overrideConfiguration(o -> o.retryStrategy(
            AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS).build()));
    settings.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  private static Region region(AwsSettings settings) {
    if (settings.region().isPresent()) {
      return Region.of(settings.region().get());
    }
    try {
      DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
      settings.profile().ifPresent(chain::profileName);
      return chain.build().getRegion();
    } catch (SdkClientException e) {
      throw new LiveReadException(LiveReadException.Kind.NO_REGION, "no AWS region: set 'region'"
          + " (-Dstackdocs.region=eu-west-1), AWS_REGION, or a region in the profile"
          + settings.profile().map(p -> " '" + p + "'").orElse("") + " of ~/.aws/config", e);
    }
  }
}
