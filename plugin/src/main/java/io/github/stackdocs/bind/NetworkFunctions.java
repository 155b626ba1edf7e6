package io.github.stackdocs.bind;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code Fn::GetAZs} (the zones of a known region; {@code ""} is the stack's region) and {@code Fn::Cidr} (computed,
 * IPv4 and IPv6).
 */
final class NetworkFunctions {
  private final Scope scope;
  private final Resolver resolver;
  private final Report report;

  NetworkFunctions(Scope scope, Resolver resolver, Report report) {
    this.scope = scope;
    this.resolver = resolver;
    this.report = report;
  }

  Val getAzs(MapNode expr, Node arg) {
    Val v = resolver.eval(arg);
    if (v.noValue() || !v.known()) {
      return Val.symbolic(v.noValue() || v.shown() == arg ? expr : Values.call("Fn::GetAZs", v.shown(),
          expr.location()));
    }
    if (!(v.actual() instanceof ScalarNode s)) {
      report.malformed("Fn::GetAZs", "a region name, or \"\" for the stack's region, found "
          + Values.describe(v.actual()), expr.location());
      return Val.symbolic(expr);
    }
    Optional<String> region = s.text().isEmpty() ? scope.pseudoParameter("AWS::Region") : Optional.of(s.text());
    if (region.isEmpty()) {
      return Val.symbolic(expr);
    }
    Optional<List<String>> zones = AvailabilityZones.of(region.get());
    if (zones.isEmpty()) {
      if (!v.secret()) {
        report.info("unknown-region", "no Availability Zones are known for region '" + region.get()
            + "'; Fn::GetAZs stays as written", expr.location());
      }
      return Val.symbolic(expr);
    }
    List<Node> items = new ArrayList<>();
    zones.get().forEach(z -> items.add(Values.string(z, expr.location())));
    return Val.computed(Values.list(items, expr.location()), v.secret(),
        () -> Values.call("Fn::GetAZs", v.shown(), expr.location()));
  }

  /** {@code [ipBlock, count, cidrBits]}. */
  Val cidr(MapNode expr, Node arg) {
    if (!(arg instanceof ListNode l) || l.size() != 3) {
      report.malformed("Fn::Cidr", "[ipBlock, count, cidrBits], found " + Values.describe(arg), expr.location());
      return Val.symbolic(expr);
    }
    Val[] v = resolver.each(l);
    boolean secret = false;
    for (Val x : v) {
      if (x.noValue() || !x.known()) {
        return Val.symbolic(Resolver.shownCall("Fn::Cidr", expr, l, v));
      }
      secret |= x.secret();
    }
    Integer count = whole(v[1].actual());
    Integer bits = whole(v[2].actual());
    if (!(v[0].actual() instanceof ScalarNode block) || count == null || bits == null) {
      report.malformed("Fn::Cidr", "[an address block string, a count, a number of subnet bits], found ["
          + Values.describe(v[0].actual()) + ", " + Values.describe(v[1].actual()) + ", "
          + Values.describe(v[2].actual()) + "]", expr.location());
      return Val.symbolic(expr);
    }
    List<String> subnets;
    try {
      subnets = Cidrs.subnets(block.text(), count, bits);
    } catch (Cidrs.Invalid e) {
      report.error("cidr-invalid", "Fn::Cidr expects " + (secret ? "valid arguments" : e.getMessage()),
          expr.location());
      return Val.symbolic(Resolver.shownCall("Fn::Cidr", expr, l, v));
    }
    List<Node> items = new ArrayList<>(subnets.size());
    subnets.forEach(s -> items.add(Values.string(s, expr.location())));
    return Val.computed(Values.list(items, expr.location()), secret,
        () -> Resolver.shownCall("Fn::Cidr", expr, l, v));
  }

  private static Integer whole(Node node) {
    if (!(node instanceof ScalarNode s) || s.isNull() || s.value() instanceof Boolean) {
      return null;
    }
    try {
      return Integer.parseInt(s.text().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
