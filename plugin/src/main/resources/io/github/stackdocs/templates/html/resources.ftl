<section>
<@h 2 "resources" "Resources"/>
<#list stack.services as s>
<section class="sd-group">
<#assign groupTitle = (stack.grouping == "construct")?then("Construct " + s.name, s.name)>
<@h 3 s.anchor groupTitle/>
<#if s.constructType?has_content>
<p>Construct class: ${code(s.constructType)}</p>
</#if>
<#list s.resources as r>
<article class="sd-resource" id="${r.anchor}">
<h4><a class="sd-anchor" href="#${r.anchor}" aria-hidden="true">#</a>${r.logicalId} <span class="sd-type"><#if r.docsUrl?has_content><a href="${r.docsUrl}" rel="noopener">${r.type}</a><#else>${r.type}</#if></span></h4>
<#if r.typeDescription?has_content>
<p class="sd-type-doc">${paragraph(r.typeDescription)}</p>
</#if>
<dl class="sd-facts">
<#if r.annotation??>
<@annotation r.annotation/>
</#if>
<#if r.constructPath?has_content><dt>Construct path</dt><dd>${code(r.constructPath)}</dd></#if>
<#if r.typeNote?has_content><dt>Type</dt><dd>${r.typeNote}</dd></#if>
<#if r.deployed??>
<#if r.deployed.deployed>
<dt>Physical id</dt><dd>${code(r.deployed.physicalId)}<#if r.deployed.consoleUrl?has_content> <a href="${r.deployed.consoleUrl}" rel="noopener">AWS console</a></#if></dd>
<dt>Deployed status</dt><dd>${r.deployed.status}<#if r.deployed.lastUpdated?has_content> (last update ${r.deployed.lastUpdated})</#if></dd>
<#if r.deployed.driftStatus?has_content><dt>Drift</dt><dd>${r.deployed.driftStatus}<#if r.deployed.differences?has_content><ul><#list r.deployed.differences as diff><li>${diff}</li></#list></ul></#if></dd></#if>
<#else>
<dt>Deployed</dt><dd>no, this resource is not in the deployed stack</dd>
</#if>
</#if>
<#if r.condition?has_content><dt>Condition</dt><dd>${r.condition}</dd></#if>
<#if r.deletionPolicy?has_content><dt>Deletion policy</dt><dd>${r.deletionPolicy}</dd></#if>
<#if r.updateReplacePolicy?has_content><dt>Update replace policy</dt><dd>${r.updateReplacePolicy}</dd></#if>
<#if r.dependsOn?has_content><dt>Depends on</dt><dd><@links r.dependsOn/></dd></#if>
<#if r.usedBy?has_content><dt>Used by</dt><dd><@links r.usedBy/></dd></#if>
<dt>Blast radius</dt><dd>${r.blastRadius}</dd>
<#if r.attributes?has_content><dt>Attributes (GetAtt)</dt><dd>${r.attributes?join(", ")}</dd></#if>
<dt>Defined at</dt><dd><code>${r.location}</code></dd>
</dl>
<@properties r/>
<#if r.sam??>
<#if r.sam.events?has_content>
<p>Events:</p>
<ul>
<#list r.sam.events as e>
<li>${e.name} (${e.type})<#if e.lines()?has_content>: <#list e.lines() as l>${code(l)}<#sep>, </#list></#if></li>
</#list>
</ul>
</#if>
<p>CloudFormation will create (SAM transform):</p>
<@table ["Logical id", "Type", "Why"]>
<#list r.sam.implicit as i>
<tr><td>${code(i.logicalId)}</td><td>${i.type}</td><td>${i.reason}</td></tr>
</#list>
</@table>
</#if>
</article>
</#list>
</section>
<#else>
<p>No resources.</p>
</#list>
</section>
