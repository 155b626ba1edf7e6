package io.github.stackdocs.bind;

import java.util.Optional;

/** The partition and URL suffix of a region, as CloudFormation's pseudo parameters give them. */
final class Partitions {
  private Partitions() {}

  /** {@code AWS::Partition} for a region name. */
  static String partition(String region) {
    if (region.startsWith("cn-")) {
      return "aws-cn";
    }
    if (region.startsWith("us-gov-")) {
      return "aws-us-gov";
    }
    if (region.startsWith("us-isob-")) {
      return "aws-iso-b";
    }
    if (region.startsWith("us-iso-")) {
      return "aws-iso";
    }
    if (region.startsWith("eu-isoe-")) {
      return "aws-iso-e";
    }
    if (region.startsWith("us-isof-")) {
      return "aws-iso-f";
    }
    return "aws";
  }

  /** {@code AWS::URLSuffix} for a region name; empty for the isolated partitions, whose suffixes are not public. */
  static Optional<String> urlSuffix(String region) {
    String partition = partition(region);
    return switch (partition) {
      case "aws", "aws-us-gov" -> Optional.of("amazonaws.com");
      case "aws-cn" -> Optional.of("amazonaws.com.cn");
      default -> Optional.empty();
    };
  }
}
