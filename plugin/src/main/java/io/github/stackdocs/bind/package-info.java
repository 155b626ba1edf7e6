/**
 * Binding: the stage between reading and analysing. Parameter values, region and account of an environment and the
 * exports of the other stacks feed a static evaluator of CloudFormation's intrinsic functions; what cannot be known
 * stays symbolic (the expression as written, with what is known put in), never guessed. Every later stage sees only
 * the bound model. Depends on {@code model}, {@code catalog} and {@code read}.
 */
package io.github.stackdocs.bind;
