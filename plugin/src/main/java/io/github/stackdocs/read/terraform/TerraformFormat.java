package io.github.stackdocs.read.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Recognises Terraform's machine-readable JSON by its content, never by a file name or a failed parse: the output of
 * {@code terraform show -json} for a saved plan or for state. Terraform writes {@code format_version} (and, from 0.12
 * on, {@code terraform_version}) at the top of both; a plan has {@code planned_values}, {@code resource_changes} or
 * {@code configuration}, state has {@code values} (or nothing else when it is empty). A CloudFormation template never
 * has {@code format_version} at its top level, and a document with a CloudFormation section is never taken for
 * Terraform.
 */
public final class TerraformFormat {
  /** What a recognised document is. */
  public enum Kind {
    PLAN("terraform-plan", "Terraform plan"),
    STATE("terraform-state", "Terraform state");

    private final String id;
    private final String words;

    Kind(String id, String words) {
      this.id = id;
      this.words = words;
    }

    /** The stack's {@code format}: {@code terraform-plan} or {@code terraform-state}. */
    public String id() {
      return id;
    }

    /** "Terraform plan" or "Terraform state". */
    public String words() {
      return words;
    }
  }

  private static final byte[] MARKER = "\"format_version\"".getBytes(StandardCharsets.US_ASCII);
  private static final List<String> PLAN_KEYS = List.of("planned_values", "resource_changes", "configuration",
      "output_changes", "prior_state", "resource_drift");
  private static final List<String> CFN_SECTIONS = List.of("AWSTemplateFormatVersion", "Resources", "Transform");

  private TerraformFormat() {}

  /**
   * A cheap first look at a file's bytes: whether they may be Terraform JSON at all (the first non-blank byte opens
   * an object and the key {@code "format_version"} occurs). Only such files are parsed for {@link #of(JsonNode)}.
   */
  public static boolean mayBe(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      i = 3; // a UTF-8 byte order mark
    }
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
      i++;
    }
    return i < bytes.length && bytes[i] == '{' && indexOf(bytes, MARKER, i) >= 0;
  }

  /** The kind of a parsed document, or empty when it is not Terraform JSON. */
  public static Optional<Kind> of(JsonNode root) {
    if (root == null || !root.isObject() || !root.path("format_version").isTextual()) {
      return Optional.empty();
    }
    if (CFN_SECTIONS.stream().anyMatch(root::has)) {
      return Optional.empty();
    }
    boolean plan = PLAN_KEYS.stream().anyMatch(root::has);
    boolean state = root.has("values");
    if (plan) {
      return Optional.of(Kind.PLAN);
    }
    if (state || root.path("terraform_version").isTextual()) {
      return Optional.of(Kind.STATE);
    }
    return Optional.empty();
  }

  private static int indexOf(byte[] bytes, byte[] marker, int from) {
    outer:
    for (int i = from; i <= bytes.length - marker.length; i++) {
      for (int j = 0; j < marker.length; j++) {
        if (bytes[i + j] != marker[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
