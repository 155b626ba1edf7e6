package io.github.stackdocs.read.tfplan;

/** Where a Terraform resource address lands in the model: the stack of its module, and its id there. */
public interface Placement {
  /** The stack of the module at {@code moduleAddress} ({@code ""} for the root module). */
  String stack(String moduleAddress);

  /** The resource's id in its stack. */
  String logicalId(String address, String moduleAddress);

  /**
   * The module address of a resource address: {@code module.a["x.y"].aws_s3_bucket.b[0]} → {@code module.a["x.y"]}
   * (dots inside instance keys are not separators).
   */
  static String moduleOf(String address) {
    int end = 0;
    int start = 0;
    while (address.startsWith("module.", start)) {
      int i = start + "module.".length();
      boolean quoted = false;
      for (; i < address.length(); i++) {
        char c = address.charAt(i);
        if (quoted && c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = !quoted;
        } else if (c == '.' && !quoted) {
          break;
        }
      }
      if (i >= address.length()) {
        break; // no resource after it: not a module path
      }
      end = i;
      start = i + 1;
    }
    return address.substring(0, end);
  }

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
