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
        <location filename="../../crmdesk/app.py" line="152"/>
        <source>Opening the database (an upgrade may take a few minutes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="157"/>
        <source>CRMDesk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="49"/>
        <location filename="../../crmdesk/app.py" line="169"/>
        <location filename="../../crmdesk/ui/tasks.py" line="173"/>
        <source>CRMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="53"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="54"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="39"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="55"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="40"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="56"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="41"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="57"/>
        <location filename="../../crmdesk/ui/labels.py" line="64"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="43"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="58"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="59"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="60"/>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="61"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="62"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="73"/>
        <location filename="../../crmdesk/ui/customer_model.py" line="63"/>
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
        <location filename="../../crmdesk/ui/customer_model.py" line="64"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="45"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="65"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="47"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="66"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="67"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="68"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="69"/>
        <source>Last follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="70"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="71"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="72"/>
        <location filename="../../crmdesk/ui/labels.py" line="79"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="319"/>
        <source>{n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="325"/>
        <source>[locked] {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="340"/>
        <source>Reclaimed into the pool in {n} days unless followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="344"/>
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
        <source>{n} customers exported to {file}</source>
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
        <location filename="../../crmdesk/ui/labels.py" line="24"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="25"/>
        <source>In pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="26"/>
        <location filename="../../crmdesk/ui/labels.py" line="85"/>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="27"/>
        <location filename="../../crmdesk/ui/labels.py" line="86"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="28"/>
        <location filename="../../crmdesk/ui/labels.py" line="87"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="35"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="36"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="37"/>
        <source>First purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="38"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="39"/>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="45"/>
        <source>D (junk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="50"/>
        <source>Overdue payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="51"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="52"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="53"/>
        <source>Poor credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="54"/>
        <source>Any warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="64"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="64"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="64"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="44"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="70"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="71"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="72"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="80"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="81"/>
        <source>Released to pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="82"/>
        <source>Reclaimed by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="83"/>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="84"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="88"/>
        <source>Reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="89"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="90"/>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="91"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="92"/>
        <source>Tier changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/tasks.py" line="229"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/tasks.py" line="284"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="72"/>
        <source>Selected customers: {n} — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="154"/>
        <source>Choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="159"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="183"/>
        <source>Choose a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="186"/>
        <source>The reason “{reason}” needs a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="307"/>
        <source>Customer notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="308"/>
        <source>Contract ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="309"/>
        <source>Balance settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="310"/>
        <source>Data backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="311"/>
        <source>Access revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="50"/>
        <source>Round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="51"/>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="52"/>
        <source>By industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="53"/>
        <source>Least loaded first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="54"/>
        <source>Weighted by rep level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="61"/>
        <source>no chosen rep has room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="62"/>
        <source>no chosen rep covers the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="63"/>
        <source>no chosen rep covers the industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="64"/>
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
        <location filename="../../crmdesk/ui/queues.py" line="327"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="328"/>
        <source>Failed contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="329"/>
        <source>No contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="330"/>
        <source>Likely duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="336"/>
        <source>no interaction for {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="337"/>
        <source>{n} failed contact attempts in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="338"/>
        <source>no valid phone, email or WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="339"/>
        <source>shares a phone, email or name with {n} older customer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_common.py" line="55"/>
        <source>Only managers can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="97"/>
        <source>The database file is in use by another program (another CRMDesk, a backup or a file sync). Close it and start CRMDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="102"/>
        <source>CRMDesk cannot reach the database server. Check that the server is running, that this computer is on its network, and the user name and password.

{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="107"/>
        <location filename="../../crmdesk/ui/signin.py" line="112"/>
        <source>The database cannot be opened: {detail}</source>
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
        <source>{rep} has room for {room} more customers; {n} are selected.</source>
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
        <location filename="../../crmdesk/ui/settings_backups.py" line="56"/>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="58"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="61"/>
        <source>Keep the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="64"/>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="67"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="71"/>
        <source>Backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="80"/>
        <source>This database is on a PostgreSQL server. It is backed up and restored on the server (for example with pg_dump), not from CRMDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="92"/>
        <source>CRMDesk database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="100"/>
        <source>Latest automatic backup: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="102"/>
        <source>No automatic backup yet; they go to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="112"/>
        <source>Back up the database to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="119"/>
        <source>Backed up to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="121"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="129"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="134"/>
        <source>Replace the whole database with {file}? The current database is kept in the backups folder first. CRMDesk must be restarted afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="140"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="154"/>
        <source>Restored from {src}. Restart CRMDesk now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="156"/>
        <source>The previous database is kept at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="162"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="253"/>
        <source>{title}: nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="255"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="258"/>
        <source>Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="290"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="290"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="294"/>
        <source>Could not save {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="300"/>
        <source>Export chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="300"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="308"/>
        <source>Could not save {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="409"/>
        <source>Claim customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="415"/>
        <source>Claimed customers arrive with their whole history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="431"/>
        <source>{pool}: you administer this pool; no claim limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="436"/>
        <source>{pool}: claiming {asked}; claims left today {left} of {limit}; you own {owned} of at most {max_owned}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="448"/>
        <source>This is more than you may claim today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="410"/>
        <source>Claiming customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="411"/>
        <source>Customers claimed: {n}. They are now in My customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleanupPage</name>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="436"/>
        <source>Void suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="437"/>
        <source>Junk (tier D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="438"/>
        <source>Closed long ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="440"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="440"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="440"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="440"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="456"/>
        <source>Note (needed for &quot;Other&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="457"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="462"/>
        <source>Void reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="469"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="474"/>
        <source>{n} customer(s) archived; see Closed &amp; archived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="324"/>
        <source>Close customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="329"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="330"/>
        <source>Exit checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="340"/>
        <source>Closed customers are read-only; a manager can reactivate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="351"/>
        <source>Tick every item of the exit checklist; still open: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="325"/>
        <source>Closing customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="326"/>
        <source>Customers closed: {n}. They are under Closed &amp; archived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="108"/>
        <source>Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="108"/>
        <source>Take the selected pool customers as yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="110"/>
        <source>Release to pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="111"/>
        <source>Give the selected customers back to a public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="113"/>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="113"/>
        <source>Give the selected customers to one rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="115"/>
        <source>Distribute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="116"/>
        <source>Spread the selected customers over several reps by a strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="118"/>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="118"/>
        <source>Move the selected customers to the recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="119"/>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="119"/>
        <source>End the relationship, with the exit checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="120"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="120"/>
        <source>File closed customers away, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="122"/>
        <source>Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="123"/>
        <source>Bring voided, closed or archived customers back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="125"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="125"/>
        <source>Exempt the selected customers from reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="126"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="126"/>
        <source>Let the reclaim rules apply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="128"/>
        <source>Merge duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="129"/>
        <source>Merge the selected customers into one, keeping every follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="202"/>
        <source>Select between 2 and {most} customers to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="213"/>
        <source>Reading the selected customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="240"/>
        <source>Archive these closed customers? Archived customers are read-only; a manager can reactivate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="244"/>
        <source>Archiving customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="246"/>
        <source>Customers archived: {n}. They are under Closed &amp; archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="249"/>
        <source>Archive customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="258"/>
        <source>Customers locked, exempt from reclaim: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="259"/>
        <source>Customers unlocked, the reclaim rules apply again: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="264"/>
        <source>Locking customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="264"/>
        <source>Unlocking customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="268"/>
        <source>Lock these customers? Locked customers are exempt from reclaim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="270"/>
        <source>Unlock these customers? The reclaim rules will apply to them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="48"/>
        <source>Customer {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="60"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="61"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="62"/>
        <source>Public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="63"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="64"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="65"/>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="66"/>
        <source>Last follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="67"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="86"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="87"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="88"/>
        <source>Deals &amp;&amp; payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="89"/>
        <source>Complaints &amp;&amp; returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="90"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="91"/>
        <source>Tier &amp;&amp; risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="92"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="141"/>
        <source>Customer {id}: {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="145"/>
        <source>{status}, locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="148"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="153"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="39"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="40"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="41"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="42"/>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="43"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="44"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="45"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="46"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="47"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="48"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="49"/>
        <source>Credit rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsTab</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="232"/>
        <source>Contract until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="237"/>
        <source>Record deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="242"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="242"/>
        <location filename="../../crmdesk/ui/detail_records.py" line="254"/>
        <location filename="../../crmdesk/ui/detail_records.py" line="267"/>
        <location filename="../../crmdesk/ui/detail_records.py" line="274"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="242"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="242"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="246"/>
        <source>Add payment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="249"/>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="254"/>
        <location filename="../../crmdesk/ui/detail_records.py" line="276"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="254"/>
        <location filename="../../crmdesk/ui/detail_records.py" line="302"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="254"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="281"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="282"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="304"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="306"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="82"/>
        <source>Distribute customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="90"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="93"/>
        <source>Each customer goes to a chosen rep of its region (a rep&apos;s region is set in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="104"/>
        <source>{name} — owns {owned} of {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="114"/>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="121"/>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="152"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="122"/>
        <source>Owns now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="123"/>
        <source>Gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="124"/>
        <source>Owns after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="125"/>
        <source>Room left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="131"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="136"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="152"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="159"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="252"/>
        <source>Not placed, they stay where they are: {n} ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="263"/>
        <source>Choose at least one rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="265"/>
        <source>Choose a rep for at least one industry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="267"/>
        <source>The preview was refused; change the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="269"/>
        <source>Working out the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="271"/>
        <source>No customer can be placed with these choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="282"/>
        <source>Distributing customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="287"/>
        <source>Customers distributed to {reps} reps: {n}; not placed: {left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="290"/>
        <source>Customers distributed to {reps} reps: {n}.</source>
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
        <location filename="../../crmdesk/ui/duplicates_page.py" line="227"/>
        <source>{n} group(s) of duplicates, {m} customers (scanned in {s:.1f} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="237"/>
        <source>Show more groups ({shown} of {n} shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="295"/>
        <source>{kind} {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="303"/>
        <source>{n} customers share {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="358"/>
        <source>Select one group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="367"/>
        <source>Voided, closed and archived customers are left out of the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="370"/>
        <source>Fewer than two customers of this group can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="376"/>
        <source>This group has {n} customers; at most {most} can be merged at once, so the first {most} are shown. Merge the rest after the page scans again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="212"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="212"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="212"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="212"/>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="217"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="220"/>
        <source>No other customer looks like this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="230"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="230"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="230"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="82"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="103"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="161"/>
        <source>Only the owner or an admin of its pool may edit this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="163"/>
        <source>Closed and archived customers are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="166"/>
        <source>Contacts stay hidden until it is claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="178"/>
        <source>A customer needs a company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="183"/>
        <source>Not a number anyone can dial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="186"/>
        <source>Not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="175"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="177"/>
        <source>An Excel workbook (xlsx, xls), a LibreOffice sheet (ods) or a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="183"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="200"/>
        <source>Choose a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="202"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="214"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="222"/>
        <source>{sheets} sheets; the customers look to be on “{sheet}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="237"/>
        <source>Set up CRMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="239"/>
        <source>This database is new. Who manages the team? You can add reps later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="245"/>
        <source>e.g. 王经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="247"/>
        <source>Manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="255"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="256"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="260"/>
        <source>Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="263"/>
        <source>Load demo data ({n} customers) to try CRMDesk out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="268"/>
        <source>Import customers from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="274"/>
        <source>After set-up, the import wizard opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="281"/>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="303"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="309"/>
        <source>Loading demo data… %v of %m customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="138"/>
        <source>What was said, what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="139"/>
        <location filename="../../crmdesk/ui/detail_records.py" line="181"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="147"/>
        <source>Log follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="149"/>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="170"/>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="177"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="178"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="179"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="180"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="182"/>
        <source>By</source>
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
        <location filename="../../crmdesk/ui/maintenance.py" line="115"/>
        <source>Re-grade tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="115"/>
        <source>Re-grade now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="124"/>
        <source>Re-grading tiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="128"/>
        <source>{n} customers changed tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="130"/>
        <source>{n} customers would change tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="135"/>
        <source>{old} → {new}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="137"/>
        <source>Tiers after: {tiers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="140"/>
        <source>{n} customers keep a tier set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="298"/>
        <source>Find the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="330"/>
        <source>Row {row} looks like the header. If it is not, click the row that names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="34"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="35"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="36"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="37"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="38"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="39"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="52"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="63"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="67"/>
        <source>tier {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="71"/>
        <source>{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="77"/>
        <source>owner {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="84"/>
        <source>fields: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="86"/>
        <source>pool {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="92"/>
        <source>No follow-up within the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="93"/>
        <source>No deal within the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="93"/>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesTab</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="352"/>
        <source>What the customer complained about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="353"/>
        <source>Record complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="356"/>
        <location filename="../../crmdesk/ui/detail_records.py" line="364"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="356"/>
        <location filename="../../crmdesk/ui/detail_records.py" line="364"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="360"/>
        <source>Record return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="364"/>
        <location filename="../../crmdesk/ui/detail_records.py" line="377"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="381"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="382"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="68"/>
        <source>Search company, contact, phone, pinyin initials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="156"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="157"/>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="158"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="159"/>
        <source>Warnings: any or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="160"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="161"/>
        <source>All industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="162"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="190"/>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="262"/>
        <source>Showing the first {n} customers ({ms} ms); counting the rest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="269"/>
        <source>{n} customers · first page in {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="49"/>
        <source>CRMDesk — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="86"/>
        <source>My customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="87"/>
        <source>Public pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="88"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="89"/>
        <source>Suggestions &amp; warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="90"/>
        <source>Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="91"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="92"/>
        <source>Recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="93"/>
        <source>Closed &amp; archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="94"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="95"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="263"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="265"/>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="266"/>
        <source>&amp;Import customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="267"/>
        <source>&amp;Export this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="268"/>
        <source>Export the &amp;selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="269"/>
        <source>Save an import &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="271"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="273"/>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="274"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="278"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="279"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="286"/>
        <source>Reclaim neglected customers now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="287"/>
        <source>Re-grade tiers now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="289"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="290"/>
        <source>&amp;About CRMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="302"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="341"/>
        <source>Select customers to export first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="355"/>
        <source>Customer added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="376"/>
        <source>About CRMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="379"/>
        <source>CRMDesk {version}
Keeps a small sales team&apos;s customer base clean and worked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="356"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="358"/>
        <source>Choose the customer field each column holds; the company is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="365"/>
        <source>Leave empty not to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="369"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="369"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="369"/>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="369"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="378"/>
        <source>Use a saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="379"/>
        <source>Save this mapping as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="396"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="435"/>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="439"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="440"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="464"/>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="465"/>
        <source>Written by export; never imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="466"/>
        <source>Another column already holds this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="471"/>
        <source>Choose the column that holds the company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="474"/>
        <source>{n} columns will be imported.</source>
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
        <location filename="../../crmdesk/ui/settings_pools.py" line="177"/>
        <source>New public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="182"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="545"/>
        <source>Choose what happens to the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="547"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="553"/>
        <source>A row is a duplicate when its customer ID, phone, email or company name matches a customer already in CRMDesk. Duplicates are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="559"/>
        <source>Skipped, and listed with the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="560"/>
        <source>Used to update the existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="561"/>
        <source>Imported as new customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="574"/>
        <source>Import only the valid rows; leave out the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="577"/>
        <source>Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="578"/>
        <source>Rows without an owner go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="601"/>
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
    <name>PoolsTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="196"/>
        <source>New pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="205"/>
        <source>Only managers and a pool&apos;s admins can change a pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="213"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="216"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="219"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="236"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="236"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="236"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="245"/>
        <source>Managers see and administer every pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="253"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="254"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="278"/>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="314"/>
        <source>{name} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="371"/>
        <source>With these rules, {n} customers would be reclaimed now and {w} owners warned (with the saved rules: {n0} and {w0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="393"/>
        <source>Counting what the rules would do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="407"/>
        <source>Save the pool&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="410"/>
        <source>The next sweep applies them. Save?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="493"/>
        <source>Check the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="534"/>
        <source>{flagged} of the first {rows} rows have problems, marked in red; point at a cell to see why. Fix them in the file, or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="538"/>
        <source>The first {rows} rows have no problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="392"/>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="399"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="399"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="400"/>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="406"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="408"/>
        <source>Choose who you are on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="416"/>
        <source>Choose a person from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueList</name>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="139"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="142"/>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="224"/>
        <source>{name} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="262"/>
        <source>Select one or more customers first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReactivateDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="463"/>
        <source>Reactivate customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="464"/>
        <source>Into their public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="466"/>
        <source>To an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="475"/>
        <source>Their last owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="492"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="493"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="493"/>
        <source>Why these customers come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="499"/>
        <source>Write a note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="503"/>
        <source>Some customers had no owner; choose the rep who will own them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="463"/>
        <source>Reactivating customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="517"/>
        <source>Customers reactivated into the public pool: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="521"/>
        <source>Customers reactivated with their last owners: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="524"/>
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
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="370"/>
        <source>Release to pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="378"/>
        <source>To pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="380"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="381"/>
        <source>Released customers lose their owner and can be claimed by others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="370"/>
        <source>Releasing customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="395"/>
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
        <source>Owns {n} active customers: assign or release them before deactivating.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="730"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="737"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="738"/>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="739"/>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="740"/>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="752"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="752"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="752"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="755"/>
        <source>Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="758"/>
        <source>Change the options and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="776"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="778"/>
        <source>Nothing was imported: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="782"/>
        <source>Nothing was imported: {n} rows have problems. Fix them in the file (save the rejected rows to see each problem beside its row), or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="789"/>
        <source>{rows} rows read in {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="802"/>
        <source>Columns not imported: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="826"/>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="828"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="837"/>
        <source>Rejected rows saved to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="845"/>
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
        <source>{total} working customers, {overridden} with a tier set by hand; {moved} tier changes from {start} to {end}.</source>
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
        <location filename="../../crmdesk/ui/reports.py" line="253"/>
        <source>{created} customers created from {start} to {end}; {dealt} of them have a deal ({ratio:.0%}).</source>
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
        <location filename="../../crmdesk/ui/reports.py" line="297"/>
        <source>{warned} of {total} working customers have a warning (as of the last refresh).</source>
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
        <location filename="../../crmdesk/ui/reports.py" line="327"/>
        <source>{reps} active reps; work done from {start} to {end}.</source>
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
    <name>RuleForm</name>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="89"/>
        <source>Reclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="90"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="94"/>
        <source>Reclaim neglected customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="95"/>
        <source>Days without a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="96"/>
        <source>Days without a follow-up, by tier (0 = as above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="97"/>
        <source>Days without a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="98"/>
        <source>Exempt customers with a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="99"/>
        <source>Freeze the countdown while a contract runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="100"/>
        <source>Freeze the countdown while a payment is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="101"/>
        <source>Warn the owner this many days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="102"/>
        <source>Claims per rep per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="103"/>
        <source>Active customers a rep may own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="104"/>
        <source>Count locked customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="105"/>
        <source>Count customers with a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="106"/>
        <source>Days before a rep may claim back a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="107"/>
        <source>Hours before a newly pooled customer may be claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="108"/>
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
        <location filename="../../crmdesk/ui/import_wizard.py" line="635"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="637"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="643"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="659"/>
        <source>Importing {file}… Nothing is saved until the last row is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="694"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="42"/>
        <source>Public pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="43"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="44"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="45"/>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="46"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="47"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="240"/>
        <source>Choose the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="249"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="272"/>
        <source>Reading “{sheet}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="287"/>
        <source>About {rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="341"/>
        <source>Sign in to CRMDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="344"/>
        <source>Database {database} on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="356"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="357"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="358"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="358"/>
        <source>Every rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="360"/>
        <location filename="../../crmdesk/ui/queues.py" line="376"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="361"/>
        <location filename="../../crmdesk/ui/queues.py" line="377"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="362"/>
        <location filename="../../crmdesk/ui/queues.py" line="378"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="363"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="364"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="379"/>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="380"/>
        <location filename="../../crmdesk/ui/queues.py" line="389"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="388"/>
        <source>Void suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="407"/>
        <source>{rule}: {value} (warning at {threshold})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="84"/>
        <source>Reclaim neglected customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="84"/>
        <source>Reclaim now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="93"/>
        <source>Reclaiming customers into the pools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="97"/>
        <source>{n} customers were reclaimed into the pools; {w} owners were warned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="100"/>
        <source>The rules would reclaim {n} customers into the pools now and warn {w} owners of customers close to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="106"/>
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
        <location filename="../../crmdesk/ui/detail_history.py" line="108"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="108"/>
        <location filename="../../crmdesk/ui/detail_history.py" line="162"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="108"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="115"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="119"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="132"/>
        <source>Tier {tier}, set by hand; the rules would give {computed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="137"/>
        <source>Tier {tier}; the rules now give {computed} ({total} points), applied at the next grading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="141"/>
        <source>Tier {tier}, from the grading rules ({total} points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="150"/>
        <source>Recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="151"/>
        <source>{n} days since the last interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="157"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="158"/>
        <source>{n} deal(s) in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="168"/>
        <source>return rate {rate}%, {n} complaint(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="163"/>
        <source>{amount} bought in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="167"/>
        <source>Returns and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="173"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="177"/>
        <source>Risk score {score} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="180"/>
        <source>From {overdue} overdue payment(s), {complaints} recent complaint(s), a return rate of {rate}% and credit rating {credit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="186"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="192"/>
        <source>{rule}: {value} (warning at {threshold}), {points} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="200"/>
        <source>No warning fires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="278"/>
        <source>Void customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="283"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="283"/>
        <source>Why these customers are void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="286"/>
        <source>e.g. called 3 March, number out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="287"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="289"/>
        <source>Voided customers go to the recycle bin and can be restored from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="279"/>
        <source>Voiding customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="280"/>
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
    <name>_RecordsTab</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="118"/>
        <source>Only the owner or an admin of its pool records here, while it is worked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StartDialog</name>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="168"/>
        <source>CRMDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>queues</name>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="277"/>
        <source>{n} customer(s) voided; they are in the Recycle bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="283"/>
        <source>{n} suggestion(s) dismissed; they come back only on new evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="293"/>
        <source>Void (accept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="301"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
