package io.github.stackdocs.render.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stackdocs.analyze.security.AccessRow;
import io.github.stackdocs.analyze.security.Exposure;
import io.github.stackdocs.analyze.security.StackSecurity;
import io.github.stackdocs.analyze.security.Target;
import java.util.List;

/** The security views in {@code model.json}: per stack, its access rows and its exposures. */
final class SecurityJson {
  private SecurityJson() {}

  static ObjectNode stack(JsonNodeFactory f, StackSecurity s) {
    ObjectNode o = f.objectNode();
    o.put("stack", s.stack());
    o.put("environment", s.environment());
    ArrayNode access = o.putArray("access");
    for (AccessRow a : s.access()) {
      ObjectNode r = access.addObject();
      r.put("holder", a.holder()).put("holderType", a.holderType()).put("source", a.source())
          .put("effect", a.effect());
      targets(r.putArray("principals"), a.principals());
      r.put("notAction", a.notAction());
      a.actions().forEach(r.putArray("actions")::add);
      r.put("notResource", a.notResource());
      targets(r.putArray("resources"), a.resources());
      r.put("conditional", a.conditional());
      a.flags().forEach(fl -> r.withArray("flags").add(fl.name()));
      r.withArray("flags");
      a.notes().forEach(r.putArray("notes")::add);
      r.withArray("notes");
      r.put("condition", a.condition()).put("location", a.location().toString());
    }
    ArrayNode exposure = o.putArray("exposure");
    for (Exposure e : s.exposure()) {
      exposure.addObject().put("resource", e.resource()).put("type", e.type()).put("kind", e.kind().name())
          .put("detail", e.detail()).put("condition", e.condition()).put("location", e.location().toString());
    }
    return o;
  }

  private static void targets(ArrayNode out, List<Target> targets) {
    for (Target t : targets) {
      ObjectNode o = out.addObject().put("text", t.text());
      if (t.resolved()) {
        o.put("stack", t.stack()).put("logicalId", t.logicalId());
      }
    }
  }
}
