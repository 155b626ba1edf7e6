[[overview]]
Back to <@link stack.index/>.

<#if stack.description?has_content>
${paragraph(stack.description)}

</#if>
* Source file: ${stack.sourceFile}
* Format: ${stack.format}
<#if stack.transforms?has_content>
* Transforms: ${stack.transforms?join(", ")}
</#if>
* Resources: ${stack.resourceCount}
* Parameters: ${stack.parameterCount}
* Outputs: ${stack.outputCount}

