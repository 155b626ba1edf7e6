package io.github.stackdocs.read.terraform;

/** The plan of {@link TerraformReaderTest}, for tests in other packages. */
public final class TerraformReaderTestPlan {
  public static final String PLAN = TerraformReaderTest.PLAN;

  private TerraformReaderTestPlan() {}
}
