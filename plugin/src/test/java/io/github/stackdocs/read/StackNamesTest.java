package io.github.stackdocs.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackNamesTest {

  @Test
  void uniqueBaseNamesStayBaseNames() {
    assertThat(StackNames.of(List.of("stacks/network.yaml", "app.json")))
        .isEqualTo(Map.of("stacks/network.yaml", "network", "app.json", "app"));
  }

  @Test
  void collidingBaseNamesTakeTheShortestUniquePathSuffix() {
    Map<String, String> names = StackNames.of(List.of("services/product-service/service.yaml",
        "services/website-service/service.yaml", "infrastructure/vpc.yaml", "a/x/template.yaml",
        "b/x/template.yaml", "template.yaml"));
    assertThat(names).containsEntry("services/product-service/service.yaml", "product-service/service")
        .containsEntry("services/website-service/service.yaml", "website-service/service")
        .containsEntry("infrastructure/vpc.yaml", "vpc")
        .containsEntry("a/x/template.yaml", "a/x/template")
        .containsEntry("b/x/template.yaml", "b/x/template")
        .containsEntry("template.yaml", "template");
  }

  @Test
  void namesAreUniqueBelowTheFolderTheCollidingTemplatesShare() {
    assertThat(StackNames.of(List.of("src/main/cloudformation/template.yaml",
        "src/main/cloudformation/orders/template.yaml", "src/main/cloudformation/billing/template.yaml")))
        .containsEntry("src/main/cloudformation/template.yaml", "template")
        .containsEntry("src/main/cloudformation/orders/template.yaml", "orders/template")
        .containsEntry("src/main/cloudformation/billing/template.yaml", "billing/template");
  }

  @Test
  void twinsKeepTheirExtension() {
    assertThat(StackNames.of(List.of("app.json", "app.yaml", "other/app.yaml")))
        .containsEntry("app.json", "app.json").containsEntry("app.yaml", "app.yaml")
        .containsEntry("other/app.yaml", "other/app");
  }

  @Test
  void namesDoNotDependOnOrder() {
    List<String> paths = new ArrayList<>(List.of("p/q/t.yaml", "r/q/t.yaml", "q/t.yaml", "t.json", "t.yaml", "z/t.yml"));
    Map<String, String> first = StackNames.of(paths);
    for (int i = 0; i < 10; i++) {
      Collections.shuffle(paths, new java.util.Random(i));
      assertThat(StackNames.of(paths)).isEqualTo(first);
    }
    assertThat(first.values()).doesNotHaveDuplicates();
  }
}
