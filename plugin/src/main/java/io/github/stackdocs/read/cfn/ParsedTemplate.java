package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node.MapNode;
import java.util.Optional;

/**
 * The top-level mapping of a template (empty when it could not be parsed or is not a template) and its syntax.
 *
 * @param parameterFile the kind of parameter file the document is, when it is one rather than a template
 */
record ParsedTemplate(Optional<MapNode> root, TemplateFormat format, Optional<ParameterFileShape> parameterFile) {}
