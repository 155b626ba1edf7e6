<#-- The stack's summary card: description, owner, tier, environment, counts, status and links. -->
<#assign errors = stack.findings?filter(f -> f.severity == "ERROR")?size>
<#assign warnings = stack.findings?filter(f -> f.severity == "WARN")?size>
<section id="overview" class="sd-summary">
<#if stack.description?has_content>
<p class="sd-lead">${paragraph(stack.description)}</p>
</#if>
<div class="sd-cards">
<a class="sd-card" href="#resources"><span class="sd-card-n">${stack.resourceCount}</span> <#if stack.resourceCount == 1>resource<#else>resources</#if></a>
<a class="sd-card" href="#parameters"><span class="sd-card-n">${stack.parameterCount}</span> <#if stack.parameterCount == 1>parameter<#else>parameters</#if></a>
<a class="sd-card" href="#outputs"><span class="sd-card-n">${stack.outputCount}</span> <#if stack.outputCount == 1>output<#else>outputs</#if></a>
<#if stack.findings?has_content><a class="sd-card<#if errors gt 0> sd-card-error<#elseif warnings gt 0> sd-card-warn</#if>" href="#findings"><span class="sd-card-n">${stack.findings?size}</span> <#if stack.findings?size == 1>finding<#else>findings</#if><#if errors gt 0 || warnings gt 0> (${errors} ERROR, ${warnings} WARN)</#if></a></#if>
<#if stack.deployed??><a class="sd-card" href="#deployed"><span class="sd-card-n sd-card-text">${stack.deployed.status?has_content?then(stack.deployed.status, "unknown")}</span> deployed</a></#if>
</div>
<dl class="sd-facts">
<#if stack.annotation??>
<@annotation stack.annotation/>
</#if>
<#if stack.environment.shown()><dt>Environment</dt><dd>${stack.environment.name}<#if stack.environment.details?has_content> (${stack.environment.details})</#if></dd></#if>
<dt>Source file</dt><dd><code>${stack.sourceFile}</code> (${stack.format})</dd>
<#if stack.transforms?has_content><dt>Transforms</dt><dd>${stack.transforms?join(", ")}</dd></#if>
<#if stack.cdk??>
<dt>CDK stack</dt><dd>${code(stack.cdk.displayName)} from the cloud assembly ${stack.cdk.assembly}</dd>
<dt>Account and region</dt><dd><#if stack.cdk.account?has_content>account ${stack.cdk.account}<#else>any account</#if>, <#if stack.cdk.region?has_content>region ${stack.cdk.region}<#else>any region</#if></dd>
<#if stack.cdk.dependencies?has_content><dt>Deployed after</dt><dd><@links stack.cdk.dependencies/></dd></#if>
</#if>
<#if stack.nested?? && stack.nested.parent??><dt>Nested stack</dt><dd>created by <@link stack.nested.parent/></dd></#if>
</dl>
<#if stack.hiddenCdkItems gt 0>
<p class="sd-note">${stack.hiddenCdkItems} CDK bookkeeping <#if stack.hiddenCdkItems == 1>item<#else>items</#if> hidden (CDKMetadata, asset and bootstrap parameters, bootstrap rule; set showCdkInternals to show them).</p>
</#if>
</section>
