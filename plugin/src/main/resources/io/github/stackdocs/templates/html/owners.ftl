<#-- Owners and tiers overview: only when stackdocs.yaml, Metadata or tags say something. -->
<#if project.owners?has_content>
<section>
<@h 2 "owners" "Owners and tiers"/>
<p>A stack's row shows what is said about the stack; a resource's row what applies to it (its own annotation over its stack's).</p>
<@table ["Stack", "Resource", "Owner (team)", "Tier", "On call", "Compliance"]>
<#list project.owners as o>
<tr><td><@link o.stack/></td><td><#if o.resource??><@link o.resource/><#else>(stack)</#if></td><td>${o.owner}</td><td>${o.tier}</td><td><#if o.oncall??><@weblink o.oncall/></#if></td><td>${o.compliance}</td></tr>
</#list>
</@table>
</section>
</#if>
