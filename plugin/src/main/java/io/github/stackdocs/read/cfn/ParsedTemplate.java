package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node.MapNode;
import java.util.Optional;

/** The top-level mapping of a template (empty when it could not be parsed) and its syntax. */
record ParsedTemplate(Optional<MapNode> root, TemplateFormat format) {}
