package io.github.stackdocs.read.tfplan;

/** Where a Terraform resource address lands in the model: the stack of its module, and its id there. */
public interface Placement {
  /** The stack of the module at {@code moduleAddress} ({@code ""} for the root module). */
  String stack(String moduleAddress);

  /** The resource's id in its stack. */
  String logicalId(String address, String moduleAddress);

  /** Everything in one stack, each resource under its full address. */
  static Placement single(String stack) {
    return new Placement() {
      @Override
      public String stack(String moduleAddress) {
        return stack;
      }

      @Override
      public String logicalId(String address, String moduleAddress) {
        return address;
      }
    };
  }
}
