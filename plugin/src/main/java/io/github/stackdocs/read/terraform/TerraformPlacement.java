package io.github.stackdocs.read.terraform;

import io.github.stackdocs.read.tfplan.Placement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the change log and the drift report put a Terraform address: the stack {@link TerraformReader} makes of its
 * module (the root module's stack, {@code <parent>-<call name>} for a child module, instance keys left out), the
 * resource under its full instance address ({@code module.network.aws_subnet.private[0]}).
 */
public final class TerraformPlacement implements Placement {
  private final String rootStack;

  public TerraformPlacement(String rootStack) {
    this.rootStack = rootStack;
  }

  @Override
  public String stack(String moduleAddress) {
    if (moduleAddress.isEmpty()) {
      return rootStack;
    }
    List<String> parts = Addresses.parts(Addresses.withoutKeys(moduleAddress));
    List<String> names = new ArrayList<>(List.of(rootStack));
    for (int i = 1; i < parts.size(); i += 2) {
      names.add(parts.get(i));
    }
    return String.join("-", names);
  }

  @Override
  public String logicalId(String address, String moduleAddress) {
    return address;
  }
}
