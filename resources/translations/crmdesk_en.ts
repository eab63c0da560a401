<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../crmdesk/app.py" line="82"/>
        <source>Making demo customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="158"/>
        <source>Opening the database (an upgrade may take a few minutes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="163"/>
        <source>CRMDesk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="49"/>
        <location filename="../../crmdesk/app.py" line="175"/>
        <location filename="../../crmdesk/ui/rules_clock.py" line="130"/>
        <location filename="../../crmdesk/ui/tasks.py" line="209"/>
        <source>CRMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="62"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="63"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="39"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="64"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="40"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="65"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="41"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="66"/>
        <location filename="../../crmdesk/ui/labels.py" line="71"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="43"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="68"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="69"/>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="70"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="71"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="73"/>
        <location filename="../../crmdesk/ui/customer_model.py" line="72"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="46"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="73"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="73"/>
        <source>Owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="73"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="73"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="73"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="45"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="74"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="47"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="75"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="76"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="77"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="79"/>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="80"/>
        <source>Last follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="81"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="82"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="83"/>
        <location filename="../../crmdesk/ui/labels.py" line="86"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="378"/>
        <source>{n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="392"/>
        <source>No follow-up within the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="393"/>
        <source>No deal within the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/customer_model.py" line="435"/>
        <source>Reclaimed into the pool in %n day(s) unless followed up</source>
        <translation><numerusform>Reclaimed into the pool in %n day unless followed up</numerusform><numerusform>Reclaimed into the pool in %n days unless followed up</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="437"/>
        <source>Follow-up overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="441"/>
        <source>{company} (locked: never reclaimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="448"/>
        <source>Tier set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="27"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="28"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="48"/>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="48"/>
        <source>customers.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="57"/>
        <source>Customers exported to {file}: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="79"/>
        <source>Exporting customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="86"/>
        <source>Save the import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="86"/>
        <source>import template.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="92"/>
        <source>Import template saved to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="108"/>
        <source>Could not write {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="25"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="26"/>
        <source>In pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="27"/>
        <location filename="../../crmdesk/ui/labels.py" line="92"/>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="28"/>
        <location filename="../../crmdesk/ui/labels.py" line="93"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="29"/>
        <location filename="../../crmdesk/ui/labels.py" line="94"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="36"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="37"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="38"/>
        <source>First purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="39"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="40"/>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="46"/>
        <source>D (junk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="51"/>
        <source>Overdue payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="52"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="53"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="54"/>
        <source>Poor credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="55"/>
        <source>Any warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="71"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="71"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="71"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="44"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="77"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="78"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="79"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="87"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="88"/>
        <source>Released to pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="89"/>
        <source>Reclaimed by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="90"/>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="91"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="95"/>
        <source>Reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="96"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="97"/>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="98"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="99"/>
        <source>Tier changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/tasks.py" line="272"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/tasks.py" line="334"/>
        <source>The database cannot be reached right now (the server stopped or the network is down), so nothing was changed. What you typed is still here: try again once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/tasks.py" line="343"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="81"/>
        <source>Selected customers: {n} — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="172"/>
        <source>Choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="177"/>
        <location filename="../../crmdesk/ui/customer_model.py" line="78"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="201"/>
        <source>Choose a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="204"/>
        <source>The reason “{reason}” needs a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="324"/>
        <source>Customer notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="325"/>
        <source>Contract ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="326"/>
        <source>Balance settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="327"/>
        <source>Data backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="328"/>
        <source>Access revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="51"/>
        <source>Round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="52"/>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="53"/>
        <source>By industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="54"/>
        <source>Least loaded first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="55"/>
        <source>Weighted by rep level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="62"/>
        <source>no chosen rep has room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="63"/>
        <source>no chosen rep covers the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="64"/>
        <source>no chosen rep covers the industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="65"/>
        <source>already owned by a chosen rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="42"/>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="48"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="49"/>
        <source>Credit rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="407"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="408"/>
        <source>Failed contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="409"/>
        <source>No contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="410"/>
        <source>Likely duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="416"/>
        <source>days without interaction: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="417"/>
        <source>failed contact attempts in a row: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="419"/>
        <source>shares a phone, email or name with older customers: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="418"/>
        <source>no valid phone, email or WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_common.py" line="55"/>
        <source>Only managers can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="98"/>
        <source>The database file is in use by another program (another CRMDesk, a backup or a file sync). Close it and start CRMDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="103"/>
        <source>CRMDesk cannot reach the database server. Check that the server is running, that this computer is on its network, and the user name and password.

{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="108"/>
        <location filename="../../crmdesk/ui/signin.py" line="113"/>
        <source>The database cannot be opened: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="76"/>
        <source>{name}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="107"/>
        <source>Voided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="107"/>
        <source>Void reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="108"/>
        <source>Closed / archived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="108"/>
        <source>Close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/rules_clock.py" line="132"/>
        <source>%n of your customers will be reclaimed soon unless you follow them up.</source>
        <translation><numerusform>One of your customers will be reclaimed soon unless you follow it up.</numerusform><numerusform>%n of your customers will be reclaimed soon unless you follow them up.</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="61"/>
        <location filename="../../crmdesk/ui/today_page.py" line="322"/>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="62"/>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="63"/>
        <location filename="../../crmdesk/ui/today_page.py" line="327"/>
        <source>About to be reclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="64"/>
        <location filename="../../crmdesk/ui/today_page.py" line="331"/>
        <source>New warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="65"/>
        <source>Warned customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="66"/>
        <location filename="../../crmdesk/ui/today_page.py" line="453"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="212"/>
        <location filename="../../crmdesk/ui/today_page.py" line="337"/>
        <source>Claims left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="216"/>
        <source>The team today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="221"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="234"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="314"/>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/today_page.py" line="323"/>
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="323"/>
        <source>none overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="328"/>
        <source>follow up to keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="331"/>
        <source>in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="338"/>
        <source>no limit in your pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="338"/>
        <source>from the public pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="356"/>
        <location filename="../../crmdesk/ui/today_page.py" line="363"/>
        <source>Void suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="356"/>
        <source>on your customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="363"/>
        <source>awaiting a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="367"/>
        <source>Void suggestions: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="368"/>
        <source>Warnings: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="369"/>
        <source>Junk to clean up: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/today_page.py" line="398"/>
        <source>Show all %n</source>
        <translation><numerusform>Show it</numerusform><numerusform>Show all %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="408"/>
        <source>today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/today_page.py" line="409"/>
        <source>%n day(s) overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="414"/>
        <source>under a day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/today_page.py" line="414"/>
        <source>%n day(s) left</source>
        <translation><numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="415"/>
        <source>risk {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="419"/>
        <source>Nothing due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="420"/>
        <source>None of your customers is close to being reclaimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="421"/>
        <source>No new warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="431"/>
        <source>{pool}: no limit (you manage it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="433"/>
        <source>{pool}: {left} of {most} claims left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="446"/>
        <source>You are in no public pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="454"/>
        <source>Due follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="455"/>
        <source>To be reclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="456"/>
        <source>Warned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="473"/>
        <source>Open this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="504"/>
        <source>{person}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="513"/>
        <source>Another desk was applying the rules at {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="515"/>
        <source>Rules applied at {at}: {reclaimed}, {warned}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/today_page.py" line="517"/>
        <source>%n customer(s) reclaimed</source>
        <translation><numerusform>%n customer reclaimed</numerusform><numerusform>%n customers reclaimed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/today_page.py" line="518"/>
        <source>%n customer(s) warned</source>
        <translation><numerusform>%n customer warned</numerusform><numerusform>%n customers warned</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="521"/>
        <source>Next run at {at}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="97"/>
        <source>Assign customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="102"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="117"/>
        <source>Choose the rep who will own these customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="122"/>
        <source>{rep} already owns {k} of the selected customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="128"/>
        <source>{rep} has room for {room} more; selected: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="141"/>
        <source>Assigning customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="145"/>
        <source>Customers assigned to {rep}: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="49"/>
        <source>Back up automatically once a day, at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="57"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="60"/>
        <source>Backups kept (the newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="63"/>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="66"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="70"/>
        <source>Backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="79"/>
        <source>This database is on a PostgreSQL server. It is backed up and restored on the server (for example with pg_dump), not from CRMDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="91"/>
        <source>CRMDesk database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="99"/>
        <source>Latest automatic backup: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="101"/>
        <source>No automatic backup yet; they go to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="111"/>
        <source>Back up the database to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="118"/>
        <source>Backed up to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="120"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="128"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="133"/>
        <source>Replace the whole database with {file}? The current database is kept in the backups folder first. CRMDesk must be restarted afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="139"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="153"/>
        <source>Restored from {src}. Restart CRMDesk now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="155"/>
        <source>The previous database is kept at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="161"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="292"/>
        <source>{title}: nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="294"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="297"/>
        <source>Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="335"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="335"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="339"/>
        <source>Could not save {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="345"/>
        <source>Export chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="345"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="353"/>
        <source>Could not save {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="436"/>
        <source>Claim customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="442"/>
        <source>Claimed customers arrive with their whole history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="458"/>
        <source>{pool}: you administer this pool; no claim limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="463"/>
        <source>{pool}: claiming {asked}; claims left today {left} of {limit}; you own {owned} of at most {max_owned}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="475"/>
        <source>This is more than you may claim today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="437"/>
        <source>Claiming customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="438"/>
        <source>Customers claimed: {n}. They are now in My customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleanupPage</name>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="520"/>
        <source>Void suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="518"/>
        <source>Junk: tier D, active or in a pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="519"/>
        <source>Closed long ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="522"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="522"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="522"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="522"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="529"/>
        <source>Junk lists every active or pooled customer of tier D, also those a void suggestion lists; voided and closed ones are not junk to clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="544"/>
        <source>Note (needed for &quot;Other&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="545"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="550"/>
        <source>Void reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="557"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="563"/>
        <source>Customers archived: {n}. They are under Closed &amp; archived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="343"/>
        <source>Close customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="348"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="349"/>
        <source>Exit checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="352"/>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="364"/>
        <source>Closed customers are read-only; a manager can reactivate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="381"/>
        <source>Tick every item of the exit checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="344"/>
        <source>Closing customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="345"/>
        <source>Customers closed: {n}. They are under Closed &amp; archived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintEntry</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="260"/>
        <source>What the customer complained about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="262"/>
        <source>Record complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="105"/>
        <source>{tip} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="112"/>
        <source>Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="112"/>
        <source>Take the selected pool customers as yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="114"/>
        <source>Release to pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="115"/>
        <source>Give the selected customers back to a public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="117"/>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="117"/>
        <source>Give the selected customers to one rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="119"/>
        <source>Distribute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="120"/>
        <source>Spread the selected customers over several reps by a strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="122"/>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="122"/>
        <source>Move the selected customers to the recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="123"/>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="123"/>
        <source>End the relationship, with the exit checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="124"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="124"/>
        <source>File closed customers away, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="126"/>
        <source>Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="127"/>
        <source>Bring voided, closed or archived customers back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="129"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="129"/>
        <source>Exempt the selected customers from reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="130"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="130"/>
        <source>Let the reclaim rules apply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="132"/>
        <source>Merge duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="133"/>
        <source>Merge the selected customers into one, keeping every follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="206"/>
        <source>Select between 2 and {most} customers to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="217"/>
        <source>Reading the selected customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="244"/>
        <source>Archive these closed customers? Archived customers are read-only; a manager can reactivate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="248"/>
        <source>Archiving customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="250"/>
        <source>Customers archived: {n}. They are under Closed &amp; archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="253"/>
        <source>Archive customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="262"/>
        <source>Customers locked, exempt from reclaim: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="263"/>
        <source>Customers unlocked, the reclaim rules apply again: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="268"/>
        <source>Locking customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="268"/>
        <source>Unlocking customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="272"/>
        <source>Lock these customers? Locked customers are exempt from reclaim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="274"/>
        <source>Unlock these customers? The reclaim rules will apply to them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="223"/>
        <source>Customer {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="276"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="235"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="277"/>
        <source>Tier &amp;&amp; risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="278"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="304"/>
        <source>Take this customer from the pool as yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="305"/>
        <source>Give this customer back to a public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="306"/>
        <source>Give this customer to a rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="307"/>
        <source>Move this customer to the recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="308"/>
        <source>End the relationship, with the exit checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="309"/>
        <source>File this closed customer away, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="310"/>
        <source>Bring this customer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="311"/>
        <source>Exempt this customer from reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="312"/>
        <source>Let the reclaim rules apply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="314"/>
        <source>Merge this customer with the duplicates chosen under Duplicates (all of them when none is chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="375"/>
        <source>Customer {id}: {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="380"/>
        <source>Only the owner or an admin of its pool records here, while it is worked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="43"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="44"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="45"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="46"/>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="47"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="48"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="49"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="50"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="51"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="52"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="53"/>
        <source>Credit rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="89"/>
        <source>Locked: exempt from reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="97"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="98"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="99"/>
        <source>Public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="100"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="101"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="102"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="103"/>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="104"/>
        <source>Last follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="105"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="107"/>
        <source>Days before the rules reclaim it into its public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="125"/>
        <location filename="../../crmdesk/ui/detail.py" line="128"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="147"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="150"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="155"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="168"/>
        <source>The reclaim rules do not apply to it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/detail.py" line="170"/>
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>DealEntry</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="189"/>
        <source>Contract until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="194"/>
        <source>Record deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="200"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="46"/>
        <source>Devices appear here when someone signs in to the team server with `crmdesk login`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="55"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="56"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="57"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="58"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="59"/>
        <source>Expires if unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="60"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="68"/>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/settings_devices.py" line="107"/>
        <source>Every device signed in to the team server, of the whole team. Revoking one signs it out at once; one unused for %n day(s) is signed out by itself.</source>
        <translation><numerusform>Every device signed in to the team server, of the whole team. Revoking one signs it out at once; one unused for %n day is signed out by itself.</numerusform><numerusform>Every device signed in to the team server, of the whole team. Revoking one signs it out at once; one unused for %n days is signed out by itself.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/settings_devices.py" line="114"/>
        <source>Your devices signed in to the team server. Revoking one signs it out at once; one unused for %n day(s) is signed out by itself.</source>
        <translation><numerusform>Your devices signed in to the team server. Revoking one signs it out at once; one unused for %n day is signed out by itself.</numerusform><numerusform>Your devices signed in to the team server. Revoking one signs it out at once; one unused for %n days is signed out by itself.</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="147"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="163"/>
        <source>Revoke {device} of {person}? It is signed out at once; to use it again, {person} signs in again with their name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="167"/>
        <source>Revoke device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="83"/>
        <source>Distribute customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="91"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="94"/>
        <source>Each customer goes to a chosen rep of its region (a rep&apos;s region is set in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="105"/>
        <source>{name} — owns {owned} of {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="115"/>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="122"/>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="153"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="123"/>
        <source>Owns now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="124"/>
        <source>Gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="125"/>
        <source>Owns after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="126"/>
        <source>Room left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="132"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="137"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="153"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="160"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="253"/>
        <source>Not placed, they stay where they are: {n} ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="256"/>
        <source>{why}: {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="267"/>
        <source>Choose at least one rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="269"/>
        <source>Choose a rep for at least one industry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="271"/>
        <source>The preview was refused; change the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="273"/>
        <source>Working out the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="275"/>
        <source>No customer can be placed with these choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="286"/>
        <source>Distributing customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="292"/>
        <source>Customers distributed: {n}; reps who got some: {reps}; not placed: {left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="294"/>
        <source>Customers distributed: {n}; reps who got some: {reps}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="93"/>
        <source>Phone, email or company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="96"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="110"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="111"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="112"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="113"/>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="162"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="114"/>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="163"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="125"/>
        <source>Choose what to compare and press Scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="130"/>
        <source>Show more groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="134"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="137"/>
        <source>Merge the selected group, or the customers selected in it, into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="144"/>
        <source>Compare by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="164"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="185"/>
        <source>Scanning for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="223"/>
        <source>No duplicates found (scanned in {s:.1f} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="228"/>
        <source>Groups of duplicates: {n}; customers in them: {m} (scanned in {s:.1f} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="237"/>
        <source>Show more groups ({shown} of {n} shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="299"/>
        <source>{kind} {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="308"/>
        <source>{n} customers share {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="363"/>
        <source>Select one group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="372"/>
        <source>Voided, closed and archived customers are left out of the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="375"/>
        <source>Fewer than two customers of this group can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="381"/>
        <source>This group has {n} customers; at most {most} can be merged at once, so the first {most} are shown. Merge the rest after the page scans again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="154"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="154"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="154"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="154"/>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="161"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="164"/>
        <source>No other customer looks like this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="166"/>
        <source>Choose the ones to open, or to merge with this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="179"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="179"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="179"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="187"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="46"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="51"/>
        <source>Saved now (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="51"/>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="62"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="69"/>
        <source>Take theirs shows their values in the form; keep mine saves yours over them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="72"/>
        <source>Your changes to the other fields are saved either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="74"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="76"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="87"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="108"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="170"/>
        <source>Only the owner or an admin of its pool may edit this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="172"/>
        <source>Closed and archived customers are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="175"/>
        <source>Contacts stay hidden until it is claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="187"/>
        <source>A customer needs a company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="192"/>
        <source>Not a number anyone can dial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="195"/>
        <source>Not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="252"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="254"/>
        <source>An Excel workbook (xlsx, xls), a LibreOffice sheet (ods) or a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="260"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="277"/>
        <source>Choose a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="279"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="291"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="300"/>
        <source>{file} is named like a workbook but holds plain text, not a table of customers. Open it in Excel or WPS and save it as an Excel workbook (.xlsx), or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="308"/>
        <source>Sheets: {sheets}. The customers look to be on “{sheet}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="250"/>
        <source>Set up CRMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="252"/>
        <source>This database is new. Who manages the team? You can add reps later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="258"/>
        <source>e.g. 王经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="260"/>
        <source>Manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="268"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="269"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="273"/>
        <source>Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="276"/>
        <source>Load demo data ({n} customers) to try CRMDesk out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="281"/>
        <source>Import customers from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="288"/>
        <source>After set-up, the import wizard opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="295"/>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="321"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="327"/>
        <source>Loading demo data… %v of %m customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpEntry</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="124"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="125"/>
        <source>What was said, what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="127"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="129"/>
        <source>Plan the next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="136"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="138"/>
        <source>Log this follow-up (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="52"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="58"/>
        <location filename="../../crmdesk/ui/settings_general.py" line="59"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="64"/>
        <source>Default: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="65"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="68"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="71"/>
        <source>Use the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="75"/>
        <source>A file, or a PostgreSQL server URL shared by the team. A change takes effect the next time CRMDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="83"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="85"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="86"/>
        <source>At the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="103"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="105"/>
        <source>CRMDesk database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="126"/>
        <source>The password could not be kept in {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="135"/>
        <source>Saved. CRMDesk will open {where} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="129"/>
        <source>Re-grade tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="129"/>
        <source>Re-grade now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="138"/>
        <source>Re-grading tiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="142"/>
        <source>Customers that changed tier: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="144"/>
        <source>Customers that would change tier: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="155"/>
        <source>Customers keeping a tier set by hand: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="149"/>
        <source>{old} → {new}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="152"/>
        <source>Tiers after: {tiers}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="384"/>
        <source>Find the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="417"/>
        <source>Row {row} looks like the header. If it is not, click the row that names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="153"/>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="151"/>
        <source>Search company, contact, phone, pinyin initials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="240"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="241"/>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="242"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="243"/>
        <source>Warnings: any or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="244"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="245"/>
        <source>All industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="246"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="274"/>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="379"/>
        <source>Showing the first {n} customers ({ms} ms); counting the rest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="386"/>
        <source>{n} customers · first page in {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="68"/>
        <source>CRMDesk — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="112"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="113"/>
        <source>My customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="114"/>
        <source>Public pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="115"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="116"/>
        <source>Suggestions &amp; warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="117"/>
        <source>Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="118"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="119"/>
        <source>Recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="120"/>
        <source>Closed &amp; archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="121"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="122"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="319"/>
        <source>Rules applied: {reclaimed} reclaimed, {warned} warned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/main_window.py" line="327"/>
        <source>%n of your customers entered the warning period before reclaim.</source>
        <translation><numerusform>One of your customers entered the warning period before reclaim.</numerusform><numerusform>%n of your customers entered the warning period before reclaim.</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="367"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="369"/>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="370"/>
        <source>&amp;Import customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="371"/>
        <source>&amp;Export this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="372"/>
        <source>Export the &amp;selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="373"/>
        <source>Save an import &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="375"/>
        <source>S&amp;witch person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="377"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="379"/>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="380"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="386"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="387"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="394"/>
        <source>Reclaim neglected customers now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="395"/>
        <source>Re-grade tiers now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="397"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="398"/>
        <source>&amp;About CRMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="410"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="450"/>
        <source>Select customers to export first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="464"/>
        <source>Customer added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="493"/>
        <source>About CRMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="496"/>
        <source>CRMDesk {version}
Keeps a small sales team&apos;s customer base clean and worked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="443"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="445"/>
        <source>Choose the customer field each column holds; the company is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="452"/>
        <source>Leave empty not to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="456"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="456"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="456"/>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="456"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="465"/>
        <source>Use a saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="466"/>
        <source>Save this mapping as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="483"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="522"/>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="526"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="527"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="551"/>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="552"/>
        <source>Written by export; never imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="553"/>
        <source>Another column already holds this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="558"/>
        <source>Choose the column that holds the company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="560"/>
        <source>Columns to import: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="78"/>
        <source>Merge duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="84"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="87"/>
        <source>Every follow-up, deal, payment, return and complaint moves to the kept customer; the others go to the recycle bin as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="99"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="100"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="101"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="108"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="111"/>
        <source>Keep this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="158"/>
        <source>Choose at least two customers to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="169"/>
        <source>Merging customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="176"/>
        <source>Merged into {company}; duplicates moved to the recycle bin: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../crmdesk/ui/new_customer.py" line="40"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/new_customer.py" line="64"/>
        <source>Me ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/new_customer.py" line="68"/>
        <source>Nobody: into the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/new_customer.py" line="71"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/new_customer.py" line="72"/>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/new_customer.py" line="93"/>
        <source>A customer needs a company name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPoolDialog</name>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="178"/>
        <source>New public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="183"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="631"/>
        <source>Choose what happens to the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="633"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="639"/>
        <source>A row is a duplicate when its customer ID, phone, email or company name matches a customer already in CRMDesk. Duplicates are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="645"/>
        <source>Skipped, and listed with the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="646"/>
        <source>Used to update the existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="647"/>
        <source>Imported as new customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="660"/>
        <source>Import only the valid rows; leave out the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="663"/>
        <source>Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="664"/>
        <source>Rows without an owner go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="687"/>
        <source>Nobody: into the pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="100"/>
        <source>Set the password of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="109"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="110"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="120"/>
        <source>The two differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentEntry</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="230"/>
        <source>Add payment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="236"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="238"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolsTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="197"/>
        <source>New pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="206"/>
        <source>Only managers and a pool&apos;s admins can change a pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="214"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="217"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="220"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="237"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="237"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="237"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="246"/>
        <source>Managers see and administer every pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="254"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="255"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="279"/>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="329"/>
        <source>{name} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="350"/>
        <source>Rules not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="351"/>
        <source>The rules of {pool} have changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="416"/>
        <source>In {pool}, with these rules, customers reclaimed now: {n}; customers warned (their owners are told): {w}. With the saved rules: {n0} and {w0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="444"/>
        <source>Counting what the rules would do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="459"/>
        <source>Save the pool&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="462"/>
        <source>The next sweep applies them. Save?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="577"/>
        <source>Check the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="618"/>
        <source>Rows with problems among the first {rows}: {flagged}, marked in red; point at a cell to see why. Fix them in the file, or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="622"/>
        <source>No problems in the first rows ({rows} read).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="417"/>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="424"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="424"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="425"/>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="431"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="431"/>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="433"/>
        <source>Switch person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="435"/>
        <source>Choose who you are on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="443"/>
        <source>Choose a person from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueList</name>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="145"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="148"/>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="230"/>
        <source>{name} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="284"/>
        <source>Select one or more customers first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReactivateDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="490"/>
        <source>Reactivate customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="491"/>
        <source>Into their public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="493"/>
        <source>To an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="502"/>
        <source>Their last owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="519"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="520"/>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="540"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="520"/>
        <source>Why these customers come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="540"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="540"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="540"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="540"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="562"/>
        <source>The first {shown} of {n} selected customers are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="568"/>
        <source>{status}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="573"/>
        <source>the reclaim rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="576"/>
        <source>{why}. Decided by {who} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="580"/>
        <source>Their note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="586"/>
        <source>Write a note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="590"/>
        <source>Some customers had no owner; choose the rep who will own them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="490"/>
        <source>Reactivating customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="604"/>
        <source>Customers reactivated into the public pool: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="608"/>
        <source>Customers reactivated with their last owners: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="611"/>
        <source>Customers reactivated and given to {rep}: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="45"/>
        <source>Rename reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="45"/>
        <source>New reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="52"/>
        <source>A note is required with this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="56"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="57"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonsTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="70"/>
        <source>Void reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="71"/>
        <source>Close reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="72"/>
        <source>Release reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="84"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="85"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="86"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="87"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="88"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="89"/>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="124"/>
        <source>{label} — note required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="126"/>
        <source>{label} — retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordBar</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="354"/>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="356"/>
        <source>Mark the open payment chosen in the timeline paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="365"/>
        <source>Deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="365"/>
        <source>Record a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="366"/>
        <source>Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="366"/>
        <source>Add a payment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="367"/>
        <source>Complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="367"/>
        <source>Record a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="368"/>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="368"/>
        <source>Record a return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="397"/>
        <source>Release to pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="405"/>
        <source>To pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="407"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="408"/>
        <source>Released customers lose their owner and can be claimed by others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="397"/>
        <source>Releasing customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="422"/>
        <source>Customers released to {pool}: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepDialog</name>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="44"/>
        <source>Edit rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="44"/>
        <source>Add rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="52"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="53"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="62"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="67"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="68"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="69"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="70"/>
        <source>Capacity (active customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="71"/>
        <source>Level (weight when distributing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="75"/>
        <source>Active customers owned: {n}. Assign or release them before deactivating.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="811"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="818"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="819"/>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="820"/>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="821"/>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="833"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="833"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="833"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="839"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="839"/>
        <source>Why skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="854"/>
        <source>Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="857"/>
        <source>Change the options and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="875"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="877"/>
        <source>Nothing was imported: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="881"/>
        <source>Nothing was imported: rows with problems: {n}. Fix them in the file (save the rejected rows to see each problem beside its row), or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="888"/>
        <source>Rows read: {rows}, in {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="901"/>
        <source>Columns not imported: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="915"/>
        <source>Rejected rows: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="918"/>
        <source>Skipped rows: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="951"/>
        <source>Rows that matched a customer and changed nothing: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="967"/>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="969"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="978"/>
        <source>Rejected rows saved to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="986"/>
        <source>Could not save {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="99"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="101"/>
        <location filename="../../crmdesk/ui/reports.py" line="102"/>
        <location filename="../../crmdesk/ui/reports.py" line="168"/>
        <location filename="../../crmdesk/ui/reports.py" line="193"/>
        <location filename="../../crmdesk/ui/reports.py" line="221"/>
        <location filename="../../crmdesk/ui/reports.py" line="234"/>
        <location filename="../../crmdesk/ui/reports.py" line="247"/>
        <location filename="../../crmdesk/ui/reports.py" line="276"/>
        <location filename="../../crmdesk/ui/reports.py" line="309"/>
        <location filename="../../crmdesk/ui/reports.py" line="310"/>
        <location filename="../../crmdesk/ui/reports.py" line="319"/>
        <location filename="../../crmdesk/ui/reports.py" line="320"/>
        <location filename="../../crmdesk/ui/reports.py" line="348"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="107"/>
        <source>From {start} to {end}: {void} voided, {close} closed, {release} released to a pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="118"/>
        <source>Voided, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="121"/>
        <source>Closed, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="126"/>
        <source>Released to a pool, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="131"/>
        <source>In the recycle bin now, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="134"/>
        <source>Closed customers now, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="141"/>
        <source>All pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="143"/>
        <source>{pool}: {inflow} came in and {outflow} went out from {start} to {end}; {size} in the pool now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="162"/>
        <location filename="../../crmdesk/ui/reports.py" line="241"/>
        <source>Week from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="174"/>
        <source>Into the pool per week: {pool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="178"/>
        <source>Out of the pool per week: {pool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="184"/>
        <source>Pools: size now, in and out in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="186"/>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="189"/>
        <source>In the pool now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="190"/>
        <source>Came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="191"/>
        <source>Went out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="201"/>
        <source>Working customers: {total}, with a tier set by hand: {overridden}. Tier changes from {start} to {end}: {moved}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="253"/>
        <source>Customers created from {start} to {end}: {created}; with a deal since: {dealt} ({ratio:.0%}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="297"/>
        <source>Working customers with a warning: {warned} of {total} (as of the last refresh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="327"/>
        <source>Active reps: {reps}. Work done from {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="210"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="211"/>
        <source>By the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="211"/>
        <source>Set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="217"/>
        <source>Working customers by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="219"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="226"/>
        <source>Tier changes, from → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="228"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="239"/>
        <source>Tier changes per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="268"/>
        <source>Working customers by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="270"/>
        <location filename="../../crmdesk/ui/reports.py" line="283"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="273"/>
        <source>At this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="274"/>
        <source>Reached this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="281"/>
        <source>Went further than each stage (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="287"/>
        <source>Went further (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="305"/>
        <source>Customers per warning rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="307"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="315"/>
        <source>Working customers by risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="317"/>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="338"/>
        <source>What each rep holds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="340"/>
        <location filename="../../crmdesk/ui/reports.py" line="355"/>
        <location filename="../../crmdesk/ui/reports.py" line="368"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="343"/>
        <source>Owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="344"/>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="345"/>
        <source>About to be reclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="346"/>
        <source>With a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="353"/>
        <source>What each rep did in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="358"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="359"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="360"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="366"/>
        <source>Deal amount per rep in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="371"/>
        <source>Deal amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="373"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="393"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="403"/>
        <source>Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="432"/>
        <source>All pools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="462"/>
        <source>Void, close and release reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="463"/>
        <source>Pool inflow and outflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="464"/>
        <source>Tiers and tier changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="465"/>
        <source>Funnel by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="466"/>
        <source>Warnings per rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="467"/>
        <source>Workload per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="477"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="481"/>
        <source>Last {n} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="483"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepsTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="135"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="136"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="137"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="138"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="139"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="140"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="141"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="150"/>
        <source>Add rep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="153"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="159"/>
        <source>Set password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="180"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="180"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="182"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="182"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnEntry</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="290"/>
        <source>Record return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="296"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="90"/>
        <source>Reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="91"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="95"/>
        <source>Reclaim neglected customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="96"/>
        <source>Days without a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="97"/>
        <source>Days without a follow-up, by tier (0 = as above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="98"/>
        <source>Days without a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="99"/>
        <source>Exempt customers with a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="100"/>
        <source>Freeze the countdown while a contract runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="101"/>
        <source>Freeze the countdown while a payment is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="102"/>
        <source>Warn the owner this many days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="103"/>
        <source>Claims per rep per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="104"/>
        <source>Active customers a rep may own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="105"/>
        <source>Count locked customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="106"/>
        <source>Count customers with a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="107"/>
        <source>Days before a rep may claim back a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="108"/>
        <source>Hours before a newly pooled customer may be claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="109"/>
        <source>Mask phone and email until claimed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="145"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="147"/>
        <source>Overdue payments at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="148"/>
        <location filename="../../crmdesk/ui/settings_rules.py" line="170"/>
        <source>Complaints at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="149"/>
        <location filename="../../crmdesk/ui/settings_rules.py" line="171"/>
        <source>…within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="150"/>
        <location filename="../../crmdesk/ui/settings_rules.py" line="168"/>
        <source>Return rate at least (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="151"/>
        <source>Credit rating this or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="156"/>
        <source>Every customer&apos;s warnings are recomputed when these are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="162"/>
        <source>Grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="164"/>
        <source>Last interaction within days (3, 2, 1 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="165"/>
        <source>Count deals within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="166"/>
        <source>Deals at least (1, 2, 3 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="167"/>
        <source>Deal value at least (1, 2, 3 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="169"/>
        <source>…costs points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="172"/>
        <source>…cost points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="173"/>
        <source>Tier A from points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="174"/>
        <source>Tier B from points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="175"/>
        <source>Tier C from points (below: D, junk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="180"/>
        <source>Tiers change at the next grading run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="185"/>
        <source>Void suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="187"/>
        <source>No interaction for days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="188"/>
        <source>Failed contact attempts in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="189"/>
        <source>Suggest archiving closed customers after days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="716"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="718"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="724"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="740"/>
        <source>Importing {file}… Nothing is saved until the last row is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="775"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="44"/>
        <source>Public pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="45"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="46"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="47"/>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="48"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="49"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="50"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="326"/>
        <source>Choose the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="335"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="358"/>
        <source>Reading “{sheet}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="373"/>
        <source>Rows: about {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="360"/>
        <source>Sign in to CRMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="363"/>
        <source>Database {database} on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="375"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="376"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="377"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="440"/>
        <source>Every rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="442"/>
        <location filename="../../crmdesk/ui/queues.py" line="460"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="443"/>
        <location filename="../../crmdesk/ui/queues.py" line="461"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="444"/>
        <location filename="../../crmdesk/ui/queues.py" line="462"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="445"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="446"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="463"/>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="464"/>
        <location filename="../../crmdesk/ui/queues.py" line="473"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="472"/>
        <source>Void suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="95"/>
        <source>Reclaim neglected customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="95"/>
        <source>Reclaim now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="104"/>
        <source>Reclaiming customers into the pools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="109"/>
        <source>Customers reclaimed into the pools: {n}.
Customers warned, close to being reclaimed (their owners are told): {w}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="114"/>
        <source>Customers the rules would reclaim into the pools now: {n}.
Customers close to it that would be warned (their owners are told): {w}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="120"/>
        <source>{pool}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdGroup</name>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="58"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="132"/>
        <source>Saving the rules…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierRiskTab</name>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="46"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/detail_history.py" line="87"/>
        <source>%n day(s) since the last interaction</source>
        <translation><numerusform>%n day since the last interaction</numerusform><numerusform>%n days since the last interaction</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/detail_history.py" line="92"/>
        <source>%n deal(s) in the last year</source>
        <translation><numerusform>%n deal in the last year</numerusform><numerusform>%n deals in the last year</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="96"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="46"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="53"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="57"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="70"/>
        <source>Tier {tier}, set by hand; the rules would give {computed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="75"/>
        <source>Tier {tier}; the rules now give {computed} ({total} points), applied at the next grading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="79"/>
        <source>Tier {tier}, from the grading rules ({total} points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="86"/>
        <source>Recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="119"/>
        <source>Overdue payments: {overdue}; recent complaints: {complaints}; return rate: {rate}%; credit rating: {credit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="91"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="97"/>
        <source>{amount} bought in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="101"/>
        <source>Returns and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="102"/>
        <source>return rate {rate}%, {complaints}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/detail_history.py" line="104"/>
        <source>%n complaint(s)</source>
        <translation><numerusform>%n complaint</numerusform><numerusform>%n complaints</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="112"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="116"/>
        <source>Risk score {score} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="125"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="134"/>
        <source>{rule}: {value} (warning at {threshold}), {points} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="139"/>
        <source>No warning fires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="131"/>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="166"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="175"/>
        <source>Next follow-up {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="176"/>
        <source>{kind}, {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="182"/>
        <source>Contract until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="186"/>
        <source>Deal of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="190"/>
        <source>Was due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="191"/>
        <source>Payment of {amount} received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="193"/>
        <source>Payment of {amount} due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="194"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="194"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="197"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="199"/>
        <source>Return of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="206"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="210"/>
        <source>tier {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="214"/>
        <source>{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="220"/>
        <source>owner {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="226"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="227"/>
        <source>fields: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="229"/>
        <source>pool {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="230"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="235"/>
        <source>No follow-up within the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="236"/>
        <source>No deal within the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="239"/>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="241"/>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="295"/>
        <source>Void customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="300"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="300"/>
        <source>Why these customers are void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="303"/>
        <source>e.g. called 3 March, number out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="304"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="306"/>
        <source>Voided customers go to the recycle bin and can be restored from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="296"/>
        <source>Voiding customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="297"/>
        <source>Customers moved to the recycle bin: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PreviewDialog</name>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="33"/>
        <source>Looking at what would happen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StartDialog</name>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="169"/>
        <source>CRMDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>queues</name>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="311"/>
        <source>Customers moved to the recycle bin: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="317"/>
        <source>Suggestions dismissed: {n}. They come back only on new evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="331"/>
        <source>Customers to void: {n}. Reason: {reasons}.

They go to the Recycle bin and can be restored from there. Void them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="336"/>
        <source>Void customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="358"/>
        <source>no longer suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="378"/>
        <source>Void (accept)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="381"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
