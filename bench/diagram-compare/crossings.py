#!/usr/bin/env python3
"""Nodes, edges and edge crossings of another tool's drawing, counted the way stackdocs counts its own.

The rule is the one of plugin/src/test/java/io/github/stackdocs/render/diagram/DiagramQuality.java: every edge is a
polyline; for every pair of different edges, every pair of their segments that cross at a point strictly inside
both segments counts one crossing (orientation tests with epsilon 1e-6; segments that only touch at an end, or
that overlap collinearly, do not count). Two polylines may therefore cross more than once.

Usage:
  crossings.py drawio FILE.drawio          # cfn-diagram's draw.io XML (uncompressed mxGraphModel)
  crossings.py dot FILE.dot                # cdk-dia's Graphviz file; laid out again with `dot -Tjson`
  crossings.py log DiagramQualityTest.log  # stackdocs' own [quality] lines, as a table
  crossings.py table DIR LOG               # the side-by-side table from DIR/*.drawio, DIR/*.dot and LOG

Each of the first two prints: nodes, edges, crossings.
"""
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

EPS = 1e-6


def orient(a, b, c):
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def cross(p1, p2, q1, q2):
    d1, d2 = orient(q1, q2, p1), orient(q1, q2, p2)
    d3, d4 = orient(p1, p2, q1), orient(p1, p2, q2)
    return ((d1 > EPS and d2 < -EPS) or (d1 < -EPS and d2 > EPS)) and \
        ((d3 > EPS and d4 < -EPS) or (d3 < -EPS and d4 > EPS))


def crossings(lines):
    n = 0
    for i in range(len(lines)):
        for j in range(i + 1, len(lines)):
            a, b = lines[i], lines[j]
            for s in range(1, len(a)):
                for t in range(1, len(b)):
                    if cross(a[s - 1], a[s], b[t - 1], b[t]):
                        n += 1
    return n


# ---------------------------------------------------------------- draw.io (cfn-diagram)

def clip(box, toward):
    """Where the line from the centre of box (x, y, w, h) toward a point leaves the box (draw.io's rectangle
    perimeter, which is the default for shapes without their own perimeter style)."""
    x, y, w, h = box
    cx, cy = x + w / 2, y + h / 2
    dx, dy = toward[0] - cx, toward[1] - cy
    if abs(dx) < EPS and abs(dy) < EPS:
        return (cx, cy)
    tx = (w / 2) / abs(dx) if abs(dx) > EPS else float('inf')
    ty = (h / 2) / abs(dy) if abs(dy) > EPS else float('inf')
    t = min(tx, ty, 1.0)
    return (cx + dx * t, cy + dy * t)


def drawio(path):
    root = ET.parse(path).getroot()
    model = root.find('.//mxGraphModel')
    if model is None:
        raise SystemExit(path + ': no uncompressed mxGraphModel (compressed diagrams are not read)')
    cells = {c.get('id'): c for c in model.iter('mxCell')}

    def offset(cell_id):
        # absolute position of a parent's origin (vertices nested in groups are relative to the group)
        ox = oy = 0.0
        c = cells.get(cell_id)
        while c is not None and c.get('vertex') == '1':
            g = c.find('mxGeometry')
            ox += float(g.get('x', 0))
            oy += float(g.get('y', 0))
            c = cells.get(c.get('parent'))
        return ox, oy

    boxes = {}
    for cid, c in cells.items():
        if c.get('vertex') == '1':
            g = c.find('mxGeometry')
            ox, oy = offset(c.get('parent'))
            boxes[cid] = (float(g.get('x', 0)) + ox, float(g.get('y', 0)) + oy, float(g.get('width', 0)),
                          float(g.get('height', 0)))
    lines = []
    for c in cells.values():
        if c.get('edge') != '1':
            continue
        src, tgt = boxes.get(c.get('source')), boxes.get(c.get('target'))
        if src is None or tgt is None:
            continue
        ox, oy = offset(c.get('parent'))
        way = [(float(p.get('x', 0)) + ox, float(p.get('y', 0)) + oy)
               for p in c.findall('./mxGeometry/Array/mxPoint')]
        centre = lambda b: (b[0] + b[2] / 2, b[1] + b[3] / 2)
        first = way[0] if way else centre(tgt)
        last = way[-1] if way else centre(src)
        lines.append([clip(src, first)] + way + [clip(tgt, last)])
    return len(boxes), len(lines), crossings(lines)


# ---------------------------------------------------------------- Graphviz (cdk-dia)

def num(s):
    x, y = s.split(',')
    return (float(x), float(y))


def dot(path):
    out = subprocess.run(['dot', '-Tjson', path], check=True, capture_output=True, text=True).stdout
    g = json.loads(out)
    nodes = [o for o in g.get('objects', []) if 'nodes' not in o and 'invis' not in o.get('style', '')]
    lines = []
    for e in g.get('edges', []):
        if 'invis' in e.get('style', '') or 'pos' not in e:
            continue
        start = end = None
        ctrl = []
        for tok in e['pos'].split():
            if tok.startswith('s,'):
                start = num(tok[2:])
            elif tok.startswith('e,'):
                end = num(tok[2:])
            else:
                ctrl.append(num(tok))
        # the control polygon of the B-spline (exact for splines=ortho, whose "curves" are straight segments),
        # extended to the arrow tips; each tip is joined to the nearer end of the spline
        for tip in (start, end):
            if tip is None:
                continue
            d0 = (tip[0] - ctrl[0][0]) ** 2 + (tip[1] - ctrl[0][1]) ** 2
            d1 = (tip[0] - ctrl[-1][0]) ** 2 + (tip[1] - ctrl[-1][1]) ** 2
            if d0 <= d1:
                ctrl.insert(0, tip)
            else:
                ctrl.append(tip)
        lines.append(ctrl)
    return len(nodes), len(lines), crossings(lines)


# ---------------------------------------------------------------- stackdocs' own numbers

QUALITY = re.compile(r'\[quality\] (\S+) (\S+): (\d+) nodes, (\d+) edges, (\d+) crossings')


def log(path):
    rows = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            m = QUALITY.search(line)
            if m:
                rows[(m.group(1), m.group(2))] = tuple(int(m.group(i)) for i in (3, 4, 5))
    return rows


def cell(t):
    return '—' if t is None else '%d / %d / **%d**' % t


def table(directory, logfile):
    import os
    own = log(logfile)
    stacks = [('vpc-3azs', 'widdix vpc/vpc-3azs'), ('service-cluster-alb', 'widdix ecs/service-cluster-alb'),
              ('bonjour', 'CDK Bonjour Fargate'), ('shop-api', 'examples/shop `api`')]
    print('| stack | stackdocs default | stackdocs all | cfn-diagram draw.io | cdk-dia (collapsed) | cdk-dia --collapse false |')
    print('|---|---|---|---|---|---|')
    for key, title in stacks:
        cols = [own.get((key, 'default')), own.get((key, 'all'))]
        for f in (key + '.drawio', key + '-cdkdia.dot', key + '-cdkdia-nocollapse.dot'):
            p = os.path.join(directory, f)
            cols.append((drawio(p) if f.endswith('.drawio') else dot(p)) if os.path.exists(p) else None)
        print('| %s | %s |' % (title, ' | '.join(cell(c) for c in cols)))
    print()
    print('Each cell: nodes / edges / **crossings**; — = the tool does not draw this stack.')


def main(argv):
    if len(argv) == 3 and argv[1] == 'drawio':
        print('%d nodes, %d edges, %d crossings' % drawio(argv[2]))
    elif len(argv) == 3 and argv[1] == 'dot':
        print('%d nodes, %d edges, %d crossings' % dot(argv[2]))
    elif len(argv) == 3 and argv[1] == 'log':
        for (name, level), (n, e, c) in sorted(log(argv[2]).items()):
            print('%-22s %-8s %3d nodes %3d edges %4d crossings' % (name, level, n, e, c))
    elif len(argv) == 4 and argv[1] == 'table':
        table(argv[2], argv[3])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
