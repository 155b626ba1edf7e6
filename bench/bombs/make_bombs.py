#!/usr/bin/env python3
"""Writes the issue-16 bomb inputs, one project folder each, under the folder given (default /tmp/bombs).

Each project has its templates in src/main/cloudformation. Run the command line on one with
  STACKDOCS_JAVA_OPTS=-Xmx1g /usr/bin/time -v cli/target/stackdocs generate --base-directory <dir> \
      --formats adoc,md,json --runbooks false
(see bench/bombs/run_bombs.sh). Nothing here is committed output: the inputs are made on demand.
"""
import json
import os
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bombs"


def project(name, files):
    for rel, text in files.items():
        path = os.path.join(OUT, name, "src/main/cloudformation", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)


# a 1 MiB scalar anchored once and aliased 1,000 times (a 1 MB file)
big = "x" * (1024 * 1024)
project("alias-bytes", {"alias.yaml": "Metadata:\n  Big: &big " + big + "\nResources:\n  Topic:\n"
        "    Type: AWS::SNS::Topic\n    Properties:\n      Tags:\n"
        + "".join("        - {Key: k%d, Value: *big}\n" % i for i in range(1000))})

# a 9.7 MB JSON template with 4,051 resources
resources = {}
for i in range(4051):
    resources["Queue%d" % i] = {"Type": "AWS::SQS::Queue", "Properties": {
        "QueueName": "queue-%d" % i, "VisibilityTimeout": 30,
        "Tags": [{"Key": "k%d" % j, "Value": "v" * 180} for j in range(10)]}}
project("many-resources", {"big.json": json.dumps({"Resources": resources}, indent=2)})

# 5 levels of nested stacks fanning out 10 each: 11,111 stacks from < 2 KB of input
def level(n):
    nxt = "l%d.yaml" % (n + 1)
    res = "".join("  Child%d:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./%s\n"
                  % (i, nxt) for i in range(10))
    return "Resources:\n" + res
files = {"root.yaml": level(0)}
files.update({"nested/l%d.yaml" % n: "" for n in range(1, 6)})
files = {"root.yaml": level(0).replace("./l1.yaml", "nested/l1.yaml")}
for n in range(1, 5):
    files["nested/l%d.yaml" % n] = level(n)
files["nested/l5.yaml"] = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n"
project("nested-fanout", files)

# 500 resources, each depending on all earlier ones (124,750 DependsOn edges)
lines = ["Resources:"]
for i in range(500):
    lines.append("  Q%d:\n    Type: AWS::SQS::Queue" % i)
    if i:
        lines.append("    DependsOn: [%s]" % ", ".join("Q%d" % j for j in range(i)))
project("dense-dependson", {"dense.yaml": "\n".join(lines) + "\n"})

# an annotations key that backtracks as a regular expression, against a 60-character stack name
project("glob", {"a" * 60 + ".yaml": "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n",
                 "stackdocs.yaml": '"' + "*a" * 30 + '*b":\n  owner: nobody\n'})

# a 5 MB Fn::Sub string of 1.25 M placeholders
project("sub-placeholders", {"sub.yaml": "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n"
                             "      TopicName: !Sub \"" + "${a}" * 1_250_000 + "\"\n"})

# a 2 MiB logical id referenced through 500 YAML aliases
long_id = "L" * (2 * 1024 * 1024)
project("long-id", {"longid.yaml": "Resources:\n  ? &id " + long_id + "\n  : Type: AWS::SNS::Topic\n"
                    + "".join("  R%d:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: !Ref *id\n"
                              % i for i in range(500))})
print(OUT)
