package io.github.stackdocs.analyze.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Finds strongly connected components with more than one node (Tarjan, iterative), one cycle each. */
final class CycleFinder {
  private final Collection<NodeId> nodes;
  private final Function<NodeId, Set<NodeId>> successors;
  private final Map<NodeId, Integer> index = new HashMap<>();
  private final Map<NodeId, Integer> low = new HashMap<>();
  private final Deque<NodeId> stack = new ArrayDeque<>();
  private final Set<NodeId> onStack = new java.util.HashSet<>();
  private final List<List<NodeId>> result = new ArrayList<>();
  private int counter;

  CycleFinder(Collection<NodeId> nodes, Function<NodeId, Set<NodeId>> successors) {
    this.nodes = nodes;
    this.successors = successors;
  }

  List<List<NodeId>> cycles() {
    for (NodeId n : nodes) {
      if (!index.containsKey(n)) {
        strongConnect(n);
      }
    }
    result.sort(Comparator.comparing((List<NodeId> c) -> c.get(0)));
    return result;
  }

  private void strongConnect(NodeId root) {
    Deque<Object[]> work = new ArrayDeque<>();
    visit(root);
    work.push(new Object[] {root, successors.apply(root).iterator()});
    while (!work.isEmpty()) {
      Object[] frame = work.peek();
      NodeId v = (NodeId) frame[0];
      @SuppressWarnings("unchecked")
      java.util.Iterator<NodeId> it = (java.util.Iterator<NodeId>) frame[1];
      if (it.hasNext()) {
        NodeId w = it.next();
        if (!index.containsKey(w)) {
          visit(w);
          work.push(new Object[] {w, successors.apply(w).iterator()});
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
        continue;
      }
      work.pop();
      if (!work.isEmpty()) {
        NodeId parent = (NodeId) work.peek()[0];
        low.put(parent, Math.min(low.get(parent), low.get(v)));
      }
      if (low.get(v).equals(index.get(v))) {
        List<NodeId> component = new ArrayList<>();
        NodeId w;
        do {
          w = stack.pop();
          onStack.remove(w);
          component.add(w);
        } while (!w.equals(v));
        if (component.size() > 1) {
          result.add(order(component));
        }
      }
    }
  }

  private void visit(NodeId n) {
    index.put(n, counter);
    low.put(n, counter);
    counter++;
    stack.push(n);
    onStack.add(n);
  }

  /** Walks the component as a cycle from its smallest node, following sorted successors inside it. */
  private List<NodeId> order(List<NodeId> component) {
    Set<NodeId> members = new java.util.TreeSet<>(component);
    NodeId start = ((java.util.TreeSet<NodeId>) members).first();
    List<NodeId> path = new ArrayList<>();
    Set<NodeId> seen = new java.util.HashSet<>();
    NodeId cur = start;
    while (cur != null && seen.add(cur)) {
      path.add(cur);
      NodeId next = null;
      for (NodeId s : new java.util.TreeSet<>(successors.apply(cur))) {
        if (members.contains(s) && (s.equals(start) || !seen.contains(s))) {
          next = s;
          if (!s.equals(start)) {
            break;
          }
        }
      }
      if (next == null || next.equals(start)) {
        break;
      }
      cur = next;
    }
    return List.copyOf(path);
  }
}
