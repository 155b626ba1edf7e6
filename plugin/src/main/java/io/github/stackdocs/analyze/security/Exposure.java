package io.github.stackdocs.analyze.security;

import io.github.stackdocs.model.SourceLocation;

/**
 * One way a resource is reachable from (or reaches) the internet.
 *
 * @param resource the logical id of the resource exposed (a security group, a load balancer, a subnet ...)
 * @param detail what is open, e.g. {@code tcp 443 from 0.0.0.0/0}, {@code GET /orders}, {@code listeners HTTPS 443}
 * @param condition the resource's {@code Condition} when the environment does not decide it, else empty
 */
public record Exposure(String resource, String type, Kind kind, String detail, String condition,
    SourceLocation location) {

  public Exposure {
    condition = condition == null ? "" : condition;
  }

  /** The kinds of exposure, in the order the views list them. */
  public enum Kind {
    INGRESS("security group ingress from the internet"),
    EGRESS("security group egress to the internet"),
    LOAD_BALANCER("internet-facing load balancer"),
    PUBLIC_SUBNET("public subnet"),
    PUBLIC_POLICY("resource policy allowing anyone"),
    API_WITHOUT_AUTH("API without authorization"),
    FUNCTION_URL("Lambda function URL without authorization"),
    PUBLIC_DATABASE("publicly accessible database"),
    CLOUDFRONT("CloudFront distribution");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** True for the kinds of security-group rules (the diff's rule checks already report those). */
    public boolean securityGroupRule() {
      return this == INGRESS || this == EGRESS;
    }
  }

  /** What identifies the exposure across two versions of a template. */
  public String key() {
    return resource + "\u0000" + kind + "\u0000" + detail;
  }
}
