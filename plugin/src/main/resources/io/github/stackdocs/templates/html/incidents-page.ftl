<#-- The project's incidents and post-mortems from the annotations file, newest first. -->
<#import "layout.ftl" as layout>
<#include "lib.ftl">
<#include "incidents.ftl">
<@layout.page title="Past incidents">
<h1>Past incidents</h1>
<p>Incidents and post-mortems from the annotations file, newest first, with the stacks and resources they affected
and what was done about them. The pages of the affected stacks and the runbooks of the affected resources list them
too.</p>
<section>
<@h 2 "all-incidents" "All incidents"/>
<@incidentTable incidents.all/>
</section>
</@layout.page>
