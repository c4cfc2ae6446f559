<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>ActionType</name>
        <message>
            <location filename="../services/approvals/ApprovalTypes.cpp" line="+107" />
            <source>Budget change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Campaign launch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Price change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>New product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>New supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>New market</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Strategic pivot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Refund / compensation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Content review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Publish product</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityModel</name>
        <message>
            <location filename="../models/ActivityModel.cpp" line="+37" />
            <source>Proposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Executed automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Modified and resubmitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Executed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Emergency stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Resumed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgentsModel</name>
        <message>
            <location filename="../models/AgentsModel.cpp" line="+246" />
            <source>Cluster / agent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Heartbeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Success</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Avg. latency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>AI cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>%1 of %2 healthy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+56" />
            <source>%1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-52" />
            <location line="+56" />
            <source>%1 ms</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgentsPane</name>
        <message>
            <location filename="../ui/panes/AgentsPane.cpp" line="+21" />
            <source>Agents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The CEO orchestrator and the four clusters. A heartbeat older than two minutes marks an agent as unhealthy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Search agents…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>No agents registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Internal agents register when the workspace starts; external agents appear when they connect to the approval gateway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No agent matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Clear the search to see every cluster.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApiCaller</name>
        <message>
            <location filename="../services/resilience/ApiCaller.cpp" line="+75" />
            <source>%1 is failing repeatedly; calls are paused for a moment (circuit open)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+89" />
            <source>%1; the server asks to wait %2 s, longer than Quorum waits</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%1 (gave up after %n attempt(s))</source>
            <translation>
                <numerusform>%1 (gave up after %n attempt)</numerusform>
                <numerusform>%1 (gave up after %n attempts)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../app/Application.cpp" line="+170" />
            <source>Cannot open the workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Choose an empty folder for the new workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Open a workspace folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Not a workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 does not hold a Quorum workspace (quorum.db). Choose “New workspace” to create one there.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApprovalsModel</name>
        <message>
            <location filename="../models/ApprovalsModel.cpp" line="+74" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Proposal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Agent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Est. revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Est. cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Confidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApprovalsPane</name>
        <message>
            <location filename="../ui/panes/ApprovalsPane.cpp" line="+32" />
            <source>Approvals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Proposals the risk engine held for a person, most urgent first. Nothing here runs until someone with the right role decides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Search proposals…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>All clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>All agents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>All risk levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>All actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>Nothing waiting for you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>When an agent proposes something the risk engine rates high, or a rule asks for a person, it lands here with the reasoning, the numbers and the alternatives.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No proposal matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Clear the search or widen the filters.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>%n waiting</source>
            <translation>
                <numerusform>%n waiting</numerusform>
                <numerusform>%n waiting</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <location filename="../services/approvals/AuditLog.cpp" line="+79" />
            <source>entry %1 is missing (the next entry is %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>entry %1 is not valid JSON: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>entry %1 was changed: its fields no longer match what was signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>entry %1 does not follow entry %2 (previous hash differs)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>entry %1 was changed: its hash does not match its content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CampaignSeriesModel</name>
        <message>
            <location filename="../models/CampaignSeriesModel.cpp" line="+75" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Spend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>ROAS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CampaignsModel</name>
        <message>
            <location filename="../models/CampaignsModel.cpp" line="+76" />
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Budget / day</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Spend (%n d)</source>
            <translation>
                <numerusform>Spend (%n d)</numerusform>
                <numerusform>Spend (%n d)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Revenue (%n d)</source>
            <translation>
                <numerusform>Revenue (%n d)</numerusform>
                <numerusform>Revenue (%n d)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>ROAS</source>
            <comment>return on ad spend</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Target ROAS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+91" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Learning</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CampaignsPane</name>
        <message>
            <location filename="../ui/panes/CampaignsPane.cpp" line="+31" />
            <source>Campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Spend, revenue and return on ad spend per campaign. Red ROAS is below the campaign's target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Search campaigns…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>All platforms</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Last %n days</source>
            <translation>
                <numerusform>Last %n day</numerusform>
                <numerusform>Last %n days</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>No campaigns yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Campaigns appear when the Campaign Manager launches one or when you import ad platform reports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>%1 · ROAS per day</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cluster</name>
        <message>
            <location filename="../services/agents/Cluster.cpp" line="+18" />
            <source>Executive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Marketing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Customer service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Finance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Idle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClusterHealthModel</name>
        <message>
            <location filename="../models/ClusterHealthModel.cpp" line="+72" />
            <source>%1 of %2 agents healthy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../app/CommandLine.cpp" line="+25" />
            <source>Quorum: a command center for running an online shop with AI agents under human control.

Commands:
  (none)          open the desktop application
  run-pipeline    run the product pipeline without a window and print a summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Show this help and exit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Show the version and exit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open the workspace in folder &lt;dir&gt; (created if missing).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>dir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open the demo workspace, creating and filling it if needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>User interface language: en or nl (default: the system language).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Log detail: %1 (default: info).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>run-pipeline: import this Shopify or WooCommerce CSV first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Optional command: run-pipeline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Unsupported language “%1”: use en or nl.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Unknown log level “%1”: use one of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>--workspace needs a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Too many arguments: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Unknown command “%1”. The only command is run-pipeline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>run-pipeline needs --workspace DIR (or --demo).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The file to import does not exist: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>--import is only used with run-pipeline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app/main.cpp" line="+50" />
            <source>Run “quorum --help” to see the options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>run-pipeline is not available in this build yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPane</name>
        <message>
            <location filename="../ui/panes/DashboardPane.cpp" line="+48" />
            <source>Command center</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Today at a glance: what the agents did on their own, what waits for you, and how healthy the clusters are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Press Enter on “Pending approvals” to open the queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>No autonomous actions yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Low- and medium-risk actions that agents run on their own appear here, with the rule that allowed them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Pipeline by stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Recent autonomous actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>Cluster health</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoSeeder</name>
        <message>
            <location filename="../services/demo/DemoSeeder.cpp" line="+259" />
            <source>Shop now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Cannot write the demo site %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The demo data file is missing from this build.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The demo data file is damaged: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This workspace already holds products; demo data is only added to an empty workspace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Writing the demo data failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>%1 holds a real workspace, not demo data; it was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Cannot remove %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Format</name>
        <message numerus="yes">
            <location filename="../models/Format.cpp" line="+20" />
            <source>%n s</source>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n d</source>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 d %2 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>overdue by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 ago</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HttpClient</name>
        <message>
            <location filename="../services/net/HttpClient.cpp" line="+63" />
            <source>the request took longer than its deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the server stopped sending data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the connection was refused: nothing is listening at that address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the host name could not be found (DNS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the server closed the connection before the answer was complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the secure connection failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the answer was larger than allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>too many or unsafe redirects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the request was canceled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+77" />
            <source>not an http(s) address: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImageClient</name>
        <message>
            <location filename="../services/llm/ImageClient.cpp" line="+76" />
            <source>the image answer could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>the image answer did not contain a PNG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Cannot save the image to %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Json</name>
        <message>
            <location filename="../services/core/Json.cpp" line="+15" />
            <source>the body is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>not JSON: the body starts with “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>the JSON ends early (%1 bytes): the response was cut off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>malformed JSON at byte %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>expected a JSON object</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JsonSchema</name>
        <message>
            <location filename="../services/llm/JsonSchema.cpp" line="+58" />
            <source>expected %1, got %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>must be one of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>is %1 characters, shorter than the minimum %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>is %1 characters, longer than the maximum %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 is below the minimum %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 is above the maximum %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>has %1 items, fewer than the minimum %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>has %1 items, more than the maximum %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>is required but missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>is not allowed here</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KpiModel</name>
        <message>
            <location filename="../models/KpiModel.cpp" line="+89" />
            <source>Revenue today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Profit today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Pending approvals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Auto-executed (24 h)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>AI spend today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Nothing waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Waiting for a decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Same as yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Yesterday: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1%2 % vs yesterday</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Llm</name>
        <message>
            <location filename="../services/llm/LlmTypes.cpp" line="+27" />
            <source>OpenAI-compatible (OpenAI, Ollama /v1, vLLM, LM Studio, llama.cpp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Anthropic Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Google Gemini</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ollama (native /api/chat)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LlmClient</name>
        <message>
            <location filename="../services/llm/LlmClient.cpp" line="+59" />
            <source>No AI provider is configured for %1. Add one in Settings → Providers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>The provider %1 is not set up correctly (kind, address or model).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+69" />
            <source>the model's answer is not JSON: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>the model's answer does not match the schema: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LlmProvider</name>
        <message>
            <location filename="../services/llm/AnthropicProvider.cpp" line="+67" />
            <location filename="../services/llm/GeminiProvider.cpp" line="+38" />
            <location filename="../services/llm/OllamaProvider.cpp" line="+42" />
            <location filename="../services/llm/OpenAiChatProvider.cpp" line="+45" />
            <source>the stream ended before the answer was complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+132" />
            <source>the model declined to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../services/llm/GeminiProvider.cpp" line="+147" />
            <source>the answer has no candidates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the prompt was blocked (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>the answer was withheld (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../services/llm/LlmProvider.cpp" line="+61" />
            <source>Check the API key in Settings → Providers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The key may not use this model or endpoint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The account's quota or spend limit is used up; top it up or raise the limit. Quorum does not retry this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Check the model name and the base URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Quorum slows down and retries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The provider is overloaded; Quorum retries later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>HTTP %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 sent an answer Quorum could not read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../services/llm/OpenAiChatProvider.cpp" line="+144" />
            <source>the answer has no choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>the model refused: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/MainWindow.cpp" line="+49" />
            <source>%1 — Quorum (demo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%1 — Quorum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>&lt;b&gt;Demo workspace.&lt;/b&gt; Sample shop data; a local sandbox stands in for your stores and AI providers, so nothing here reaches a real shop or costs money.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Create your own workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open the &amp;demo workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show workspace &amp;folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Approvals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>A&amp;gents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Quorum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>About Quorum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;A command center for running an online shop with AI agents under human control. Nothing ships unless a quorum agrees: two models, then, when the risk is high, a person.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MetaAdsClient</name>
        <message>
            <location filename="../services/commerce/MetaAdsClient.cpp" line="+52" />
            <source>the answer could not be read: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <location filename="../services/storage/Migrator.cpp" line="+102" />
            <source>This workspace was written by a newer version of Quorum (schema %1; this version knows up to %2). Update Quorum to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Upgrading the workspace database failed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NavigationBar</name>
        <message>
            <location filename="../ui/NavigationBar.cpp" line="+101" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Approvals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Agents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>%1
Demo data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PipelinePane</name>
        <message>
            <location filename="../ui/panes/PipelinePane.cpp" line="+31" />
            <source>Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Every product from facts to live listing: its stage, how often it was generated, what the reviewer scored and what the AI cost so far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Search name, SKU or category…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>All stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>No products yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add a product by hand or import the CSV export of your Shopify or WooCommerce store. Quorum writes the listing, has a second model check it, and asks you when it matters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No product matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Clear the search or pick another stage or category.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n product</numerusform>
                <numerusform>%n products</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Platform</name>
        <message>
            <location filename="../models/CampaignsModel.cpp" line="-150" />
            <source>Meta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Google Ads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>TikTok</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Priority</name>
        <message>
            <location filename="../services/approvals/ApprovalTypes.cpp" line="+13" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Urgent</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductStage</name>
        <message>
            <location filename="../services/pipeline/ProductStage.cpp" line="+22" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enhancing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Validating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Needs review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Awaiting approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Publishing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Promoting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Escalated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductsModel</name>
        <message>
            <location filename="../models/ProductsModel.cpp" line="+63" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Attempts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Quality</source>
            <comment>score given by the reviewer model</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>SEO</source>
            <comment>search engine optimisation score</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>AI cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+126" />
            <source>%1 %</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProposalStatus</name>
        <message>
            <location filename="../services/approvals/ApprovalTypes.cpp" line="-68" />
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Auto-approved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestClient</name>
        <message>
            <location filename="../services/commerce/RestClient.cpp" line="+59" />
            <source>the answer could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>the server answered with a web page (HTTP %1) instead of the API; a firewall, a security plugin or a wrong address may be in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+8" />
            <source>HTTP %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message>
            <location filename="../services/approvals/ApprovalTypes.cpp" line="-42" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoasChart</name>
        <message>
            <location filename="../ui/panes/RoasChart.cpp" line="+45" />
            <source>Select a campaign to see its ROAS over time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>ROAS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>ROAS (revenue ÷ ad spend)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SecretCache</name>
        <message>
            <location filename="../services/secrets/SecretCache.cpp" line="+19" />
            <source>The environment variable %1 is not set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The secret %1 is not available: it is not in the system keychain, or the keychain is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Unknown kind of secret reference: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShopifyClient</name>
        <message>
            <location filename="../services/commerce/ShopifyClient.cpp" line="+57" />
            <source>no Admin API at this address (check the shop domain and API version)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>the answer could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>throttled by the store's API rate limit; Quorum waits and retries</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SiteCardDelegate</name>
        <message>
            <location filename="../ui/delegates/SiteCardDelegate.cpp" line="+72" />
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Not published yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Features %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SitesPane</name>
        <message>
            <location filename="../ui/panes/SitesPane.cpp" line="+27" />
            <source>Sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Landing pages and collections generated from your products. Press Enter or double-click a card to open the page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Search sites…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>All sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Drafts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Open page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No sites generated yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>When a product is ready, Quorum can generate a landing page for it in your brand's palette.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No site matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Clear the search or show all sites.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpendGuard</name>
        <message>
            <location filename="../services/llm/Pricing.cpp" line="+162" />
            <source>Today's AI budget of $%1 would be exceeded: $%2 spent, $%3 reserved by running calls, this call may cost up to $%4. Raise the budget in Settings or wait until tomorrow.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageSummaryModel</name>
        <message>
            <location filename="../models/StageSummaryModel.cpp" line="+14" />
            <source>Waiting for you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Being written and checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ready to publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Published and live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Drafts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+46" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n product</numerusform>
                <numerusform>%n products</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../ui/dialogs/WelcomeDialog.cpp" line="+15" />
            <location line="+4" />
            <source>Welcome to Quorum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Quorum runs your shop's listings, campaigns and agents, and asks you when it matters. A workspace is a folder that keeps your products, decisions and generated sites.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Explore the demo workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A sample shop with products in every stage, approvals waiting and campaigns running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Create a new workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Start empty in a folder you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Open an existing workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Pick a folder that holds quorum.db.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WooCommerceClient</name>
        <message>
            <location filename="../services/commerce/WooCommerceClient.cpp" line="+70" />
            <source>(the address does not serve the WooCommerce REST API: check the store URL and that WooCommerce is active)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WordPressClient</name>
        <message>
            <location filename="../services/commerce/WordPressClient.cpp" line="+78" />
            <source>(WordPress did not see the credentials: the server may strip the Authorization header)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>%1 does not look like a WordPress site: it announces no REST API (no Link rel="https://api.w.org/" header)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>the site answered HTTP %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../services/storage/Workspace.cpp" line="+21" />
            <source>%1 is a file, not a folder. Choose a folder for the workspace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cannot create the folder %1. Check that it is writable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Cannot open the workspace database %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkspaceStatusBar</name>
        <message>
            <location filename="../ui/WorkspaceStatusBar.cpp" line="+27" />
            <source>Workspace: %1 — demo data, served by the local sandbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Workspace: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n pending approval(s)</source>
            <translation>
                <numerusform>%n pending approval</numerusform>
                <numerusform>%n pending approvals</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the approvals queue (Ctrl+3)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/main.cpp" line="+27" />
            <source>Quorum cannot start</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
