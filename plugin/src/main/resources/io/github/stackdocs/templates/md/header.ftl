<a id="overview"></a>
# Stack: ${stack.name}

Back to <@link stack.index/>.

<#if stack.description?has_content>
${paragraph(stack.description)}

</#if>
- Source file: ${stack.sourceFile}
- Format: ${stack.format}
<#if stack.transforms?has_content>
- Transforms: ${stack.transforms?join(", ")}
</#if>
- Resources: ${stack.resourceCount}
- Parameters: ${stack.parameterCount}
- Outputs: ${stack.outputCount}
<#if stack.cdk??>
- CDK stack: ${code(stack.cdk.displayName)} from the cloud assembly ${stack.cdk.assembly}
- Environment: <#if stack.cdk.account?has_content>account ${stack.cdk.account}<#else>any account</#if>, <#if stack.cdk.region?has_content>region ${stack.cdk.region}<#else>any region</#if>
<#if stack.cdk.dependencies?has_content>
- Deployed after: <@links stack.cdk.dependencies/>
</#if>
</#if>
<#if stack.nested?? && stack.nested.parent??>
- Nested stack: created by <@link stack.nested.parent/>
</#if>
<#if stack.hiddenCdkItems gt 0>
- ${stack.hiddenCdkItems} CDK bookkeeping <#if stack.hiddenCdkItems == 1>item<#else>items</#if> hidden (CDKMetadata, asset and bootstrap parameters, bootstrap rule; set showCdkInternals to show them)
</#if>
<#if stack.annotation??>
<@annotation stack.annotation/>
</#if>

