package io.github.stackdocs.catalog;

/** What kind of resource type a name denotes; see {@link ResourceCatalog#kind(String)}. */
public enum TypeKind {
  /** An {@code AWS::}/{@code Alexa::} type the catalog knows. */
  AWS,
  /** An AWS SAM type ({@code AWS::Serverless::*}), expanded by the SAM transform; known or not. */
  SAM,
  /** {@code Custom::*} or {@code AWS::CloudFormation::CustomResource}: backed by the template author's code. */
  CUSTOM,
  /** A third-party, private or public registry type outside the AWS namespaces ({@code MyOrg::Thing::Widget}). */
  THIRD_PARTY,
  /** A CloudFormation module ({@code ...::MODULE}). */
  MODULE,
  /** An {@code AWS::}/{@code Alexa::} name the catalog does not know: usually a typo. */
  UNKNOWN_AWS
}
