package io.github.stackdocs.read;

import java.nio.file.Path;

/**
 * One template to read.
 *
 * @param path the file on disk
 * @param displayPath how messages and docs name it (relative to the base directory, '/' separators)
 * @param stackName the stack's name (the file's base name unless configured)
 */
public record TemplateSource(Path path, String displayPath, String stackName) {}
