<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../crmdesk/app.py" line="82"/>
        <source>Making demo customers…</source>
        <translation>正在生成演示客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="158"/>
        <source>Opening the database (an upgrade may take a few minutes)…</source>
        <translation>正在打开数据库（如需升级，可能需要几分钟）…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="163"/>
        <source>CRMDesk cannot open the database</source>
        <translation>CRMDesk 无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../crmdesk/app.py" line="49"/>
        <location filename="../../crmdesk/app.py" line="175"/>
        <location filename="../../crmdesk/ui/rules_clock.py" line="130"/>
        <location filename="../../crmdesk/ui/tasks.py" line="209"/>
        <source>CRMDesk</source>
        <translation>CRMDesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="62"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="63"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="39"/>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="64"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="40"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="65"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="41"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="66"/>
        <location filename="../../crmdesk/ui/labels.py" line="71"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="43"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="67"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="68"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="69"/>
        <source>Pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="70"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="71"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="73"/>
        <location filename="../../crmdesk/ui/customer_model.py" line="72"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="46"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="73"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="73"/>
        <source>Owned</source>
        <translation>拥有客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="73"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="73"/>
        <source>Room</source>
        <translation>剩余容量</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="73"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="45"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="74"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="47"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="75"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="76"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="77"/>
        <source>Days left</source>
        <translation>剩余归属天数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="79"/>
        <source>Status changed</source>
        <translation>状态变更日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="80"/>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="81"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="82"/>
        <source>Deals</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="83"/>
        <location filename="../../crmdesk/ui/labels.py" line="86"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="378"/>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="392"/>
        <source>No follow-up within the period</source>
        <translation>期限内未跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="393"/>
        <source>No deal within the period</source>
        <translation>期限内未成交</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/customer_model.py" line="435"/>
        <source>Reclaimed into the pool in %n day(s) unless followed up</source>
        <translation><numerusform>%n 天内不跟进将被回收到公海</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="437"/>
        <source>Follow-up overdue</source>
        <translation>跟进已逾期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="441"/>
        <source>{company} (locked: never reclaimed)</source>
        <translation>{company}（已锁定：不会被回收）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/customer_model.py" line="448"/>
        <source>Tier set by hand</source>
        <translation>等级为手动设置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="27"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="28"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="48"/>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="48"/>
        <source>customers.xlsx</source>
        <translation>客户.xlsx</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="57"/>
        <source>Customers exported to {file}: {n}.</source>
        <translation>已导出 {n} 个客户到 {file}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="79"/>
        <source>Exporting customers…</source>
        <translation>正在导出客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="86"/>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="86"/>
        <source>import template.xlsx</source>
        <translation>导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="92"/>
        <source>Import template saved to {file}</source>
        <translation>导入模板已保存到 {file}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/export.py" line="108"/>
        <source>Could not write {file}: {error}</source>
        <translation>无法写入 {file}：{error}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="25"/>
        <source>Active</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="26"/>
        <source>In pool</source>
        <translation>在公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="27"/>
        <location filename="../../crmdesk/ui/labels.py" line="92"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="28"/>
        <location filename="../../crmdesk/ui/labels.py" line="93"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="29"/>
        <location filename="../../crmdesk/ui/labels.py" line="94"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="36"/>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="37"/>
        <source>Prospect</source>
        <translation>意向客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="38"/>
        <source>First purchase</source>
        <translation>首次成交</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="39"/>
        <source>Repeat</source>
        <translation>复购</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="40"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="46"/>
        <source>D (junk)</source>
        <translation>D（垃圾客户）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="51"/>
        <source>Overdue payments</source>
        <translation>逾期回款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="52"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="53"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="54"/>
        <source>Poor credit</source>
        <translation>信用差</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="55"/>
        <source>Any warning</source>
        <translation>任一预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="71"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="71"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="71"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="44"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="77"/>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="78"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="79"/>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="87"/>
        <source>Edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="88"/>
        <source>Released to pool</source>
        <translation>退回公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="89"/>
        <source>Reclaimed by rule</source>
        <translation>按规则回收</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="90"/>
        <source>Claimed</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="91"/>
        <source>Assigned</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="95"/>
        <source>Reactivated</source>
        <translation>重新激活</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="96"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="97"/>
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="98"/>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="99"/>
        <source>Tier changed</source>
        <translation>等级变更</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/tasks.py" line="272"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/tasks.py" line="334"/>
        <source>The database cannot be reached right now (the server stopped or the network is down), so nothing was changed. What you typed is still here: try again once the connection is back.</source>
        <translation>现在无法连接数据库（服务器已停止或网络中断），因此没有做任何修改。您输入的内容仍在：连接恢复后请重试。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/tasks.py" line="343"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>出错了，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="81"/>
        <source>Selected customers: {n} — {names}</source>
        <translation>已选客户 {n} 个：{names}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="172"/>
        <source>Choose a reason</source>
        <translation>请选择原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="177"/>
        <location filename="../../crmdesk/ui/customer_model.py" line="78"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="201"/>
        <source>Choose a reason.</source>
        <translation>请选择原因。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="204"/>
        <source>The reason “{reason}” needs a note.</source>
        <translation>选择“{reason}”时必须填写备注。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="324"/>
        <source>Customer notified</source>
        <translation>已通知客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="325"/>
        <source>Contract ended</source>
        <translation>合同已终止</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="326"/>
        <source>Balance settled</source>
        <translation>款项已结清</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="327"/>
        <source>Data backed up</source>
        <translation>资料已备份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="328"/>
        <source>Access revoked</source>
        <translation>权限已收回</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="51"/>
        <source>Round robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="52"/>
        <source>By region</source>
        <translation>按地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="53"/>
        <source>By industry</source>
        <translation>按行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="54"/>
        <source>Least loaded first</source>
        <translation>优先分给客户最少的销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="55"/>
        <source>Weighted by rep level</source>
        <translation>按销售级别加权</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="62"/>
        <source>no chosen rep has room</source>
        <translation>所选销售均已满额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="63"/>
        <source>no chosen rep covers the region</source>
        <translation>所选销售均不负责该地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="64"/>
        <source>no chosen rep covers the industry</source>
        <translation>所选销售均不负责该行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="65"/>
        <source>already owned by a chosen rep</source>
        <translation>已归所选销售负责</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="42"/>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="48"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="49"/>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="407"/>
        <source>Inactive</source>
        <translation>长期无互动</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="408"/>
        <source>Failed contacts</source>
        <translation>联系失败</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="409"/>
        <source>No contact details</source>
        <translation>无联系方式</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="410"/>
        <source>Likely duplicate</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="416"/>
        <source>days without interaction: {n}</source>
        <translation>{n} 天无互动</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="417"/>
        <source>failed contact attempts in a row: {n}</source>
        <translation>连续 {n} 次联系失败</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="419"/>
        <source>shares a phone, email or name with older customers: {n}</source>
        <translation>与更早的客户电话、邮箱或名称相同：{n} 个</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="418"/>
        <source>no valid phone, email or WeChat</source>
        <translation>没有有效的电话、邮箱或微信</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_common.py" line="55"/>
        <source>Only managers can change these settings.</source>
        <translation>只有主管可以修改这些设置。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="98"/>
        <source>The database file is in use by another program (another CRMDesk, a backup or a file sync). Close it and start CRMDesk again.</source>
        <translation>数据库文件正被其他程序占用（另一个 CRMDesk、备份或文件同步）。请关闭该程序后重新启动 CRMDesk。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="103"/>
        <source>CRMDesk cannot reach the database server. Check that the server is running, that this computer is on its network, and the user name and password.

{detail}</source>
        <translation>CRMDesk 无法连接数据库服务器。请检查服务器是否在运行、本机是否在同一网络，以及用户名和密码是否正确。

{detail}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="108"/>
        <location filename="../../crmdesk/ui/signin.py" line="113"/>
        <source>The database cannot be opened: {detail}</source>
        <translation>无法打开数据库：{detail}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="76"/>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="107"/>
        <source>Voided on</source>
        <translation>作废日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="107"/>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="108"/>
        <source>Closed / archived on</source>
        <translation>关闭/归档日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="108"/>
        <source>Close reason</source>
        <translation>关闭原因</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/rules_clock.py" line="132"/>
        <source>%n of your customers will be reclaimed soon unless you follow them up.</source>
        <translation><numerusform>您有 %n 个客户即将被回收，请及时跟进。</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="61"/>
        <location filename="../../crmdesk/ui/today_page.py" line="322"/>
        <source>Follow-ups due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="62"/>
        <source>Overdue follow-ups</source>
        <translation>逾期未跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="63"/>
        <location filename="../../crmdesk/ui/today_page.py" line="327"/>
        <source>About to be reclaimed</source>
        <translation>即将被回收</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="64"/>
        <location filename="../../crmdesk/ui/today_page.py" line="331"/>
        <source>New warnings</source>
        <translation>新预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="65"/>
        <source>Warned customers</source>
        <translation>预警客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="66"/>
        <location filename="../../crmdesk/ui/today_page.py" line="453"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="212"/>
        <location filename="../../crmdesk/ui/today_page.py" line="337"/>
        <source>Claims left today</source>
        <translation>今日剩余领取</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="216"/>
        <source>The team today</source>
        <translation>团队今日概况</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="221"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="234"/>
        <source>Queues</source>
        <translation>待处理队列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="314"/>
        <source>Today, {date}</source>
        <translation>今天，{date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/today_page.py" line="323"/>
        <source>%n overdue</source>
        <translation><numerusform>其中 %n 个已逾期</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="323"/>
        <source>none overdue</source>
        <translation>没有逾期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="328"/>
        <source>follow up to keep them</source>
        <translation>及时跟进才能保留</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="331"/>
        <source>in the last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="338"/>
        <source>no limit in your pools</source>
        <translation>您的公海不限领取</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="338"/>
        <source>from the public pools</source>
        <translation>可从公海领取</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="356"/>
        <location filename="../../crmdesk/ui/today_page.py" line="363"/>
        <source>Void suggestions</source>
        <translation>作废建议</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="356"/>
        <source>on your customers</source>
        <translation>您的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="363"/>
        <source>awaiting a decision</source>
        <translation>等待处理</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="367"/>
        <source>Void suggestions: {n}</source>
        <translation>作废建议：{n}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="368"/>
        <source>Warnings: {n}</source>
        <translation>预警：{n}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="369"/>
        <source>Junk to clean up: {n}</source>
        <translation>待清理垃圾客户：{n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/today_page.py" line="398"/>
        <source>Show all %n</source>
        <translation><numerusform>查看全部 %n 个</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="408"/>
        <source>today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/today_page.py" line="409"/>
        <source>%n day(s) overdue</source>
        <translation><numerusform>逾期 %n 天</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="414"/>
        <source>under a day left</source>
        <translation>不足 1 天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/today_page.py" line="414"/>
        <source>%n day(s) left</source>
        <translation><numerusform>剩 %n 天</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="415"/>
        <source>risk {score}</source>
        <translation>风险 {score}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="419"/>
        <source>Nothing due today.</source>
        <translation>今天没有待跟进的客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="420"/>
        <source>None of your customers is close to being reclaimed.</source>
        <translation>您的客户暂无即将被回收的。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="421"/>
        <source>No new warnings.</source>
        <translation>没有新预警。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="431"/>
        <source>{pool}: no limit (you manage it)</source>
        <translation>{pool}：不限（您是管理员）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="433"/>
        <source>{pool}: {left} of {most} claims left today</source>
        <translation>{pool}：今日还可领取 {left}/{most} 个</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="446"/>
        <source>You are in no public pool.</source>
        <translation>您不在任何公海中。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="454"/>
        <source>Due follow-ups</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="455"/>
        <source>To be reclaimed</source>
        <translation>即将回收</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="456"/>
        <source>Warned</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="473"/>
        <source>Open this list</source>
        <translation>打开此列表</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="504"/>
        <source>{person}: {what}</source>
        <translation>{person}：{what}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="513"/>
        <source>Another desk was applying the rules at {at}.</source>
        <translation>{at} 另一台电脑正在执行规则。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="515"/>
        <source>Rules applied at {at}: {reclaimed}, {warned}.</source>
        <translation>{at} 已执行回收规则：{reclaimed}，{warned}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/today_page.py" line="517"/>
        <source>%n customer(s) reclaimed</source>
        <translation><numerusform>回收 %n 个客户</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/today_page.py" line="518"/>
        <source>%n customer(s) warned</source>
        <translation><numerusform>预警 %n 个客户</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today_page.py" line="521"/>
        <source>Next run at {at}.</source>
        <translation>下次执行：{at}。</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="97"/>
        <source>Assign customers</source>
        <translation>分配客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="102"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="117"/>
        <source>Choose the rep who will own these customers.</source>
        <translation>请选择接手这些客户的销售。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="122"/>
        <source>{rep} already owns {k} of the selected customers.</source>
        <translation>所选客户中已有 {k} 个由 {rep} 负责。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="128"/>
        <source>{rep} has room for {room} more; selected: {n}.</source>
        <translation>{rep} 还能再接 {room} 个客户，当前选中了 {n} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="141"/>
        <source>Assigning customers…</source>
        <translation>正在分配客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/assign_dialog.py" line="145"/>
        <source>Customers assigned to {rep}: {n}.</source>
        <translation>已分配给 {rep} 的客户：{n} 个。</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="49"/>
        <source>Back up automatically once a day, at start-up</source>
        <translation>每天启动时自动备份一次</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="57"/>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="60"/>
        <source>Backups kept (the newest)</source>
        <translation>保留的备份数（最新的）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="63"/>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="66"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="70"/>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="79"/>
        <source>This database is on a PostgreSQL server. It is backed up and restored on the server (for example with pg_dump), not from CRMDesk.</source>
        <translation>此数据库位于 PostgreSQL 服务器上，需在服务器上备份和恢复（例如使用 pg_dump），不能在 CRMDesk 中操作。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="91"/>
        <source>CRMDesk database (*.sqlite);;All files (*)</source>
        <translation>CRMDesk 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="99"/>
        <source>Latest automatic backup: {path}</source>
        <translation>最近一次自动备份：{path}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="101"/>
        <source>No automatic backup yet; they go to {folder}.</source>
        <translation>尚无自动备份；备份将保存在 {folder}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="111"/>
        <source>Back up the database to</source>
        <translation>将数据库备份到</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="118"/>
        <source>Backed up to {path}.</source>
        <translation>已备份到 {path}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="120"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="128"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="133"/>
        <source>Replace the whole database with {file}? The current database is kept in the backups folder first. CRMDesk must be restarted afterwards.</source>
        <translation>用 {file} 替换整个数据库吗？当前数据库会先保存到备份文件夹。恢复后需重启 CRMDesk。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="139"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="153"/>
        <source>Restored from {src}. Restart CRMDesk now.</source>
        <translation>已从 {src} 恢复。请立即重启 CRMDesk。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="155"/>
        <source>The previous database is kept at {path}.</source>
        <translation>原数据库已保存在 {path}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_backups.py" line="161"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="292"/>
        <source>{title}: nothing in this period.</source>
        <translation>{title}：该时段内没有数据。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="294"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="297"/>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="335"/>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="335"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="339"/>
        <source>Could not save {path}.</source>
        <translation>无法保存 {path}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="345"/>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="345"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/charts.py" line="353"/>
        <source>Could not save {path}: {error}</source>
        <translation>无法保存 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="436"/>
        <source>Claim customers</source>
        <translation>领取客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="442"/>
        <source>Claimed customers arrive with their whole history.</source>
        <translation>领取的客户会带上全部历史记录。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="458"/>
        <source>{pool}: you administer this pool; no claim limits.</source>
        <translation>{pool}：您是该公海的管理员，不受领取限制。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="463"/>
        <source>{pool}: claiming {asked}; claims left today {left} of {limit}; you own {owned} of at most {max_owned}.</source>
        <translation>{pool}：本次领取 {asked} 个；今日还可领取 {left} 个（上限 {limit}）；您已拥有 {owned} 个客户（上限 {max_owned}）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="475"/>
        <source>This is more than you may claim today.</source>
        <translation>超出了您今天可领取的数量。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="437"/>
        <source>Claiming customers…</source>
        <translation>正在领取客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="438"/>
        <source>Customers claimed: {n}. They are now in My customers.</source>
        <translation>已领取客户：{n} 个，可在“我的客户”中查看。</translation>
    </message>
</context>
<context>
    <name>CleanupPage</name>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="520"/>
        <source>Void suggestions</source>
        <translation>作废建议</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="518"/>
        <source>Junk: tier D, active or in a pool</source>
        <translation>垃圾客户：D 级，跟进中或在公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="519"/>
        <source>Closed long ago</source>
        <translation>关闭已久</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="522"/>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="522"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="522"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="522"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="529"/>
        <source>Junk lists every active or pooled customer of tier D, also those a void suggestion lists; voided and closed ones are not junk to clean.</source>
        <translation>垃圾客户列出所有跟进中或在公海的 D 级客户，包括已有作废建议的客户；已作废、已关闭的客户不在其中。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="544"/>
        <source>Note (needed for &quot;Other&quot;)</source>
        <translation>备注（选择“其他”时必填）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="545"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="550"/>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="557"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="563"/>
        <source>Customers archived: {n}. They are under Closed &amp; archived.</source>
        <translation>已归档客户：{n} 个，可在“已关闭/已归档”中查看。</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="343"/>
        <source>Close customers</source>
        <translation>关闭客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="348"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="349"/>
        <source>Exit checklist</source>
        <translation>退出检查清单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="352"/>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="364"/>
        <source>Closed customers are read-only; a manager can reactivate them.</source>
        <translation>已关闭的客户为只读；主管可将其重新激活。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="381"/>
        <source>Tick every item of the exit checklist.</source>
        <translation>请勾选退出检查清单中的每一项。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="344"/>
        <source>Closing customers…</source>
        <translation>正在关闭客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="345"/>
        <source>Customers closed: {n}. They are under Closed &amp; archived.</source>
        <translation>已关闭客户：{n} 个，可在“已关闭/已归档”中查看。</translation>
    </message>
</context>
<context>
    <name>ComplaintEntry</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="260"/>
        <source>What the customer complained about</source>
        <translation>客户投诉的内容</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="262"/>
        <source>Record complaint</source>
        <translation>记录投诉</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="105"/>
        <source>{tip} ({keys})</source>
        <translation>{tip}（{keys}）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="112"/>
        <source>Claim…</source>
        <translation>领取…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="112"/>
        <source>Take the selected pool customers as yours</source>
        <translation>将所选公海客户领取为自己的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="114"/>
        <source>Release to pool…</source>
        <translation>退回公海…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="115"/>
        <source>Give the selected customers back to a public pool</source>
        <translation>将所选客户退回公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="117"/>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="117"/>
        <source>Give the selected customers to one rep</source>
        <translation>将所选客户分配给一名销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="119"/>
        <source>Distribute…</source>
        <translation>按策略分配…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="120"/>
        <source>Spread the selected customers over several reps by a strategy</source>
        <translation>按分配策略将所选客户分给多名销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="122"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="122"/>
        <source>Move the selected customers to the recycle bin</source>
        <translation>作废所选客户，移入作废箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="123"/>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="123"/>
        <source>End the relationship, with the exit checklist</source>
        <translation>结束合作关系，需完成退出检查清单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="124"/>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="124"/>
        <source>File closed customers away, read-only</source>
        <translation>将已关闭的客户归档，归档后只读</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="126"/>
        <source>Reactivate…</source>
        <translation>重新激活…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="127"/>
        <source>Bring voided, closed or archived customers back</source>
        <translation>恢复已作废、已关闭或已归档的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="129"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="129"/>
        <source>Exempt the selected customers from reclaim</source>
        <translation>锁定所选客户，使其不被回收</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="130"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="130"/>
        <source>Let the reclaim rules apply again</source>
        <translation>解锁后回收规则重新生效</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="132"/>
        <source>Merge duplicates…</source>
        <translation>合并重复客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="133"/>
        <source>Merge the selected customers into one, keeping every follow-up</source>
        <translation>将所选客户合并为一个，保留全部跟进记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="206"/>
        <source>Select between 2 and {most} customers to merge.</source>
        <translation>请选择 2 到 {most} 个客户进行合并。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="217"/>
        <source>Reading the selected customers…</source>
        <translation>正在读取选中的客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="244"/>
        <source>Archive these closed customers? Archived customers are read-only; a manager can reactivate them.</source>
        <translation>归档这些已关闭的客户吗？已归档的客户为只读；主管可将其重新激活。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="248"/>
        <source>Archiving customers…</source>
        <translation>正在归档客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="250"/>
        <source>Customers archived: {n}. They are under Closed &amp; archived.</source>
        <translation>已归档客户：{n} 个，可在“已关闭/已归档”中查看。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="253"/>
        <source>Archive customers</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="262"/>
        <source>Customers locked, exempt from reclaim: {n}.</source>
        <translation>已锁定客户（不会被回收）：{n} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="263"/>
        <source>Customers unlocked, the reclaim rules apply again: {n}.</source>
        <translation>已解锁客户（回收规则重新生效）：{n} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="268"/>
        <source>Locking customers…</source>
        <translation>正在锁定客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="268"/>
        <source>Unlocking customers…</source>
        <translation>正在解锁客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="272"/>
        <source>Lock these customers? Locked customers are exempt from reclaim.</source>
        <translation>锁定这些客户吗？锁定的客户不会被回收。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/actions.py" line="274"/>
        <source>Unlock these customers? The reclaim rules will apply to them again.</source>
        <translation>解锁这些客户吗？回收规则将重新对其生效。</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="223"/>
        <source>Customer {id}</source>
        <translation>客户 {id}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="276"/>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="235"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="277"/>
        <source>Tier &amp;&amp; risk</source>
        <translation>等级与风险</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="278"/>
        <source>Duplicates</source>
        <translation>查重</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="304"/>
        <source>Take this customer from the pool as yours</source>
        <translation>从公海领取此客户，由你负责</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="305"/>
        <source>Give this customer back to a public pool</source>
        <translation>将此客户退回公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="306"/>
        <source>Give this customer to a rep</source>
        <translation>将此客户分配给一名销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="307"/>
        <source>Move this customer to the recycle bin</source>
        <translation>将此客户移入作废箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="308"/>
        <source>End the relationship, with the exit checklist</source>
        <translation>结束合作关系，需完成退出检查清单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="309"/>
        <source>File this closed customer away, read-only</source>
        <translation>将此已关闭的客户归档（只读）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="310"/>
        <source>Bring this customer back</source>
        <translation>重新激活此客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="311"/>
        <source>Exempt this customer from reclaim</source>
        <translation>锁定此客户，不参与回收</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="312"/>
        <source>Let the reclaim rules apply again</source>
        <translation>解锁后回收规则重新生效</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="314"/>
        <source>Merge this customer with the duplicates chosen under Duplicates (all of them when none is chosen)</source>
        <translation>将此客户与“查重”中选中的客户合并（未选择时合并全部）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="375"/>
        <source>Customer {id}: {company}</source>
        <translation>客户 {id}：{company}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="380"/>
        <source>Only the owner or an admin of its pool records here, while it is worked.</source>
        <translation>仅在客户跟进中时，负责人或所在公海的管理员可在此记录。</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="43"/>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="44"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="45"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="46"/>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="47"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="48"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="49"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="50"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="51"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="52"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="53"/>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="89"/>
        <source>Locked: exempt from reclaim</source>
        <translation>已锁定：不参与回收</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="97"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="98"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="99"/>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="100"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="101"/>
        <source>Days left</source>
        <translation>剩余归属天数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="102"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="103"/>
        <source>Risk score</source>
        <translation>风险分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="104"/>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="105"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="107"/>
        <source>Days before the rules reclaim it into its public pool</source>
        <translation>距离按规则被回收到公海还剩的天数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="125"/>
        <location filename="../../crmdesk/ui/detail.py" line="128"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="147"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="150"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="155"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail.py" line="168"/>
        <source>The reclaim rules do not apply to it now.</source>
        <translation>回收规则目前不适用于此客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/detail.py" line="170"/>
        <source>%n day(s)</source>
        <translation><numerusform>%n 天</numerusform></translation>
    </message>
</context>
<context>
    <name>DealEntry</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="189"/>
        <source>Contract until</source>
        <translation>合同截止</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="194"/>
        <source>Record deal</source>
        <translation>记录成交</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="200"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="46"/>
        <source>Devices appear here when someone signs in to the team server with `crmdesk login`.</source>
        <translation>有人用“crmdesk login”登录团队服务器后，其设备会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="55"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="56"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="57"/>
        <source>Signed in</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="58"/>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="59"/>
        <source>Expires if unused</source>
        <translation>闲置到期时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="60"/>
        <source>Revoked</source>
        <translation>吊销时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="68"/>
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/settings_devices.py" line="107"/>
        <source>Every device signed in to the team server, of the whole team. Revoking one signs it out at once; one unused for %n day(s) is signed out by itself.</source>
        <translation><numerusform>全团队登录到团队服务器的所有设备。设备被吊销后立即退出登录；闲置 %n 天的设备会自动退出登录。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/settings_devices.py" line="114"/>
        <source>Your devices signed in to the team server. Revoking one signs it out at once; one unused for %n day(s) is signed out by itself.</source>
        <translation><numerusform>您登录到团队服务器的设备。设备被吊销后立即退出登录；闲置 %n 天的设备会自动退出登录。</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="147"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="163"/>
        <source>Revoke {device} of {person}? It is signed out at once; to use it again, {person} signs in again with their name and password.</source>
        <translation>确定吊销{person}的设备“{device}”吗？该设备将立即退出登录；如需再次使用，{person}须用姓名和密码重新登录。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_devices.py" line="167"/>
        <source>Revoke device</source>
        <translation>吊销设备</translation>
    </message>
</context>
<context>
    <name>DistributeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="83"/>
        <source>Distribute customers</source>
        <translation>按策略分配客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="91"/>
        <source>Strategy</source>
        <translation>分配策略</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="94"/>
        <source>Each customer goes to a chosen rep of its region (a rep&apos;s region is set in Settings).</source>
        <translation>每个客户分配给所在地区的指定销售（销售的地区在“设置”中设定）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="105"/>
        <source>{name} — owns {owned} of {capacity}</source>
        <translation>{name} — 已有 {owned}/{capacity}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="115"/>
        <source>Reps</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="122"/>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="153"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="123"/>
        <source>Owns now</source>
        <translation>当前拥有</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="124"/>
        <source>Gets</source>
        <translation>分得</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="125"/>
        <source>Owns after</source>
        <translation>分配后拥有</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="126"/>
        <source>Room left</source>
        <translation>剩余容量</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="132"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="137"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="153"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="160"/>
        <source>(nobody)</source>
        <translation>（不分配）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="253"/>
        <source>Not placed, they stay where they are: {n} ({why}).</source>
        <translation>未分配、保持原状的客户：{n} 个（{why}）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="256"/>
        <source>{why}: {k}</source>
        <translation>{why}：{k} 个</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="267"/>
        <source>Choose at least one rep.</source>
        <translation>请至少选择一名销售。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="269"/>
        <source>Choose a rep for at least one industry.</source>
        <translation>请至少为一个行业选择销售。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="271"/>
        <source>The preview was refused; change the choices.</source>
        <translation>无法生成预览，请调整选择。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="273"/>
        <source>Working out the preview…</source>
        <translation>正在计算预览…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="275"/>
        <source>No customer can be placed with these choices.</source>
        <translation>按当前选择，没有客户可以分配。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="286"/>
        <source>Distributing customers…</source>
        <translation>正在分配客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="292"/>
        <source>Customers distributed: {n}; reps who got some: {reps}; not placed: {left}.</source>
        <translation>已分配客户：{n} 个，分给 {reps} 名销售；未分配：{left} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/distribute_dialog.py" line="294"/>
        <source>Customers distributed: {n}; reps who got some: {reps}.</source>
        <translation>已分配客户：{n} 个，分给 {reps} 名销售。</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="93"/>
        <source>Phone, email or company name</source>
        <translation>电话、邮箱或公司名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="96"/>
        <source>Scan</source>
        <translation>开始查重</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="110"/>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="111"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="112"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="113"/>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="162"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="114"/>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="163"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="125"/>
        <source>Choose what to compare and press Scan.</source>
        <translation>选择比对依据，然后点击“开始查重”。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="130"/>
        <source>Show more groups</source>
        <translation>显示更多分组</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="134"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="137"/>
        <source>Merge the selected group, or the customers selected in it, into one</source>
        <translation>将所选分组（或其中选中的客户）合并为一个客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="144"/>
        <source>Compare by</source>
        <translation>比对依据</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="164"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="185"/>
        <source>Scanning for duplicates…</source>
        <translation>正在查重…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="223"/>
        <source>No duplicates found (scanned in {s:.1f} s).</source>
        <translation>未发现重复客户（查重用时 {s:.1f} 秒）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="228"/>
        <source>Groups of duplicates: {n}; customers in them: {m} (scanned in {s:.1f} s).</source>
        <translation>重复客户组：{n} 组，涉及客户：{m} 个（用时 {s:.1f} 秒）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="237"/>
        <source>Show more groups ({shown} of {n} shown)</source>
        <translation>显示更多分组（已显示 {shown}/{n}）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="299"/>
        <source>{kind} {key}</source>
        <translation>{kind} {key}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="308"/>
        <source>{n} customers share {keys}</source>
        <translation>{n} 个客户重复：{keys}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="363"/>
        <source>Select one group first.</source>
        <translation>请先选择一个分组。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="372"/>
        <source>Voided, closed and archived customers are left out of the merge.</source>
        <translation>已作废、已关闭和已归档的客户不参与合并。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="375"/>
        <source>Fewer than two customers of this group can be merged.</source>
        <translation>该分组中可合并的客户不足两个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/duplicates_page.py" line="381"/>
        <source>This group has {n} customers; at most {most} can be merged at once, so the first {most} are shown. Merge the rest after the page scans again.</source>
        <translation>该分组有 {n} 个客户；一次最多合并 {most} 个，因此只显示前 {most} 个。其余客户请在页面重新查重后再合并。</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="154"/>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="154"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="154"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="154"/>
        <source>Shares</source>
        <translation>相同项</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="161"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="164"/>
        <source>No other customer looks like this one.</source>
        <translation>未发现与此客户重复的客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="166"/>
        <source>Choose the ones to open, or to merge with this customer.</source>
        <translation>选择要打开或与此客户合并的客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="179"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="179"/>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="179"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="187"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="46"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="51"/>
        <source>Saved now (theirs)</source>
        <translation>当前已保存（他人的）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="51"/>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="62"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="69"/>
        <source>Take theirs shows their values in the form; keep mine saves yours over them.</source>
        <translation>“采用他人的”会在表单中显示对方的值；“保留我的”会用您的值覆盖对方的修改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="72"/>
        <source>Your changes to the other fields are saved either way.</source>
        <translation>无论选择哪一项，您对其他字段的修改都会保存。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="74"/>
        <source>Take theirs</source>
        <translation>采用他人的</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/conflict_dialog.py" line="76"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="87"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="108"/>
        <source>Not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="170"/>
        <source>Only the owner or an admin of its pool may edit this customer.</source>
        <translation>只有负责人或所在公海的管理员可以编辑此客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="172"/>
        <source>Closed and archived customers are read-only.</source>
        <translation>已关闭和已归档的客户为只读。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="175"/>
        <source>Contacts stay hidden until it is claimed.</source>
        <translation>领取后才显示联系方式。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="187"/>
        <source>A customer needs a company name.</source>
        <translation>客户必须填写公司名称。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="192"/>
        <source>Not a number anyone can dial.</source>
        <translation>不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_fields.py" line="195"/>
        <source>Not an email address.</source>
        <translation>不是有效的邮箱地址。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="252"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="254"/>
        <source>An Excel workbook (xlsx, xls), a LibreOffice sheet (ods) or a CSV file.</source>
        <translation>Excel 工作簿（xlsx、xls）、LibreOffice 表格（ods）或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="260"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="277"/>
        <source>Choose a spreadsheet</source>
        <translation>选择表格文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="279"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="291"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="300"/>
        <source>{file} is named like a workbook but holds plain text, not a table of customers. Open it in Excel or WPS and save it as an Excel workbook (.xlsx), or choose another file.</source>
        <translation>{file} 的文件名像 Excel 工作簿，内容却是纯文本，不是客户表格。请用 Excel 或 WPS 打开后另存为 Excel 工作簿（.xlsx），或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="308"/>
        <source>Sheets: {sheets}. The customers look to be on “{sheet}”.</source>
        <translation>工作表：{sheets} 个。客户数据似乎在“{sheet}”中。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="250"/>
        <source>Set up CRMDesk</source>
        <translation>设置 CRMDesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="252"/>
        <source>This database is new. Who manages the team? You can add reps later.</source>
        <translation>这是一个新数据库。团队主管是谁？销售可以稍后添加。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="258"/>
        <source>e.g. 王经理</source>
        <translation>例如：王经理</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="260"/>
        <source>Manager&apos;s name</source>
        <translation>主管姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="268"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="269"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="273"/>
        <source>Start with an empty database</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="276"/>
        <source>Load demo data ({n} customers) to try CRMDesk out</source>
        <translation>加载演示数据（{n} 个客户）试用 CRMDesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="281"/>
        <source>Import customers from a spreadsheet</source>
        <translation>从表格导入客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="288"/>
        <source>After set-up, the import wizard opens.</source>
        <translation>设置完成后将打开导入向导。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="295"/>
        <source>Set up</source>
        <translation>完成设置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="321"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="327"/>
        <source>Loading demo data… %v of %m customers</source>
        <translation>正在加载演示数据… %v / %m 个客户</translation>
    </message>
</context>
<context>
    <name>FollowUpEntry</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="124"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="125"/>
        <source>What was said, what was agreed</source>
        <translation>沟通内容、达成的约定</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="127"/>
        <source>Next</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="129"/>
        <source>Plan the next follow-up</source>
        <translation>安排下次跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="136"/>
        <source>Log</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="138"/>
        <source>Log this follow-up (Ctrl+Enter)</source>
        <translation>记录这次跟进（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="52"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="58"/>
        <location filename="../../crmdesk/ui/settings_general.py" line="59"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="64"/>
        <source>Default: {path}</source>
        <translation>默认：{path}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="65"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="68"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="71"/>
        <source>Use the default</source>
        <translation>使用默认</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="75"/>
        <source>A file, or a PostgreSQL server URL shared by the team. A change takes effect the next time CRMDesk starts.</source>
        <translation>一个文件，或团队共用的 PostgreSQL 服务器地址。更改在下次启动 CRMDesk 时生效。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="83"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="85"/>
        <source>In use</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="86"/>
        <source>At the next start</source>
        <translation>下次启动时</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="103"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="105"/>
        <source>CRMDesk database (*.sqlite);;All files (*)</source>
        <translation>CRMDesk 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="126"/>
        <source>The password could not be kept in {path}: {why}</source>
        <translation>无法把密码保存到 {path}：{why}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_general.py" line="135"/>
        <source>Saved. CRMDesk will open {where} the next time it starts.</source>
        <translation>已保存。CRMDesk 下次启动时将打开 {where}。</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="129"/>
        <source>Re-grade tiers</source>
        <translation>重新分级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="129"/>
        <source>Re-grade now</source>
        <translation>立即重新分级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="138"/>
        <source>Re-grading tiers…</source>
        <translation>正在重新分级…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="142"/>
        <source>Customers that changed tier: {n}.</source>
        <translation>等级已变化的客户：{n} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="144"/>
        <source>Customers that would change tier: {n}.</source>
        <translation>等级将变化的客户：{n} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="155"/>
        <source>Customers keeping a tier set by hand: {n}.</source>
        <translation>保留手动设置等级的客户：{n} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="149"/>
        <source>{old} → {new}: {n}</source>
        <translation>{old} → {new}：{n}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="152"/>
        <source>Tiers after: {tiers}</source>
        <translation>分级后：{tiers}</translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="384"/>
        <source>Find the header row</source>
        <translation>确定表头行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="417"/>
        <source>Row {row} looks like the header. If it is not, click the row that names the columns.</source>
        <translation>第 {row} 行似乎是表头。如果不是，请点击列名所在的行。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="153"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="151"/>
        <source>Search company, contact, phone, pinyin initials…</source>
        <translation>搜索公司、联系人、电话、拼音首字母…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="240"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="241"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="242"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="243"/>
        <source>Warnings: any or none</source>
        <translation>预警：不限</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="244"/>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="245"/>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="246"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="274"/>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="379"/>
        <source>Showing the first {n} customers ({ms} ms); counting the rest…</source>
        <translation>显示前 {n} 个客户（{ms} 毫秒）；正在统计其余客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/list_page.py" line="386"/>
        <source>{n} customers · first page in {ms} ms</source>
        <translation>共 {n} 个客户 · 首页用时 {ms} 毫秒</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="68"/>
        <source>CRMDesk — {name}</source>
        <translation>CRMDesk — {name}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="112"/>
        <source>Today</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="113"/>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="114"/>
        <source>Public pools</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="115"/>
        <source>Team</source>
        <translation>团队客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="116"/>
        <source>Suggestions &amp; warnings</source>
        <translation>建议与预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="117"/>
        <source>Cleanup</source>
        <translation>客户清理</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="118"/>
        <source>Duplicates</source>
        <translation>查重</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="119"/>
        <source>Recycle bin</source>
        <translation>作废箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="120"/>
        <source>Closed &amp; archived</source>
        <translation>已关闭/已归档</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="121"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="122"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="319"/>
        <source>Rules applied: {reclaimed} reclaimed, {warned} warned</source>
        <translation>已执行回收规则：回收 {reclaimed} 个，预警 {warned} 个</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/main_window.py" line="327"/>
        <source>%n of your customers entered the warning period before reclaim.</source>
        <translation><numerusform>您有 %n 个客户进入回收预警期。</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="367"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="369"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="370"/>
        <source>&amp;Import customers…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="371"/>
        <source>&amp;Export this list…</source>
        <translation>导出当前列表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="372"/>
        <source>Export the &amp;selection…</source>
        <translation>导出所选客户(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="373"/>
        <source>Save an import &amp;template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="375"/>
        <source>S&amp;witch person…</source>
        <translation>切换身份(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="377"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="379"/>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="380"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="386"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="387"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="394"/>
        <source>Reclaim neglected customers now…</source>
        <translation>立即回收长期未跟进的客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="395"/>
        <source>Re-grade tiers now…</source>
        <translation>立即重新分级…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="397"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="398"/>
        <source>&amp;About CRMDesk</source>
        <translation>关于 CRMDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="410"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="450"/>
        <source>Select customers to export first</source>
        <translation>请先选择要导出的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="464"/>
        <source>Customer added</source>
        <translation>客户已添加</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="493"/>
        <source>About CRMDesk</source>
        <translation>关于 CRMDesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="496"/>
        <source>CRMDesk {version}
Keeps a small sales team&apos;s customer base clean and worked.</source>
        <translation>CRMDesk {version}
让小型销售团队的客户资源干净有序、及时跟进。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="443"/>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="445"/>
        <source>Choose the customer field each column holds; the company is required.</source>
        <translation>为每一列选择对应的客户字段；公司名称为必填项。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="452"/>
        <source>Leave empty not to save</source>
        <translation>留空则不保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="456"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="456"/>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="456"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="456"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="465"/>
        <source>Use a saved mapping:</source>
        <translation>使用已保存的映射：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="466"/>
        <source>Save this mapping as:</source>
        <translation>将此映射另存为：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="483"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="522"/>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="526"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="527"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="551"/>
        <source>Not recognised</source>
        <translation>未识别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="552"/>
        <source>Written by export; never imported</source>
        <translation>导出时生成，不会导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="553"/>
        <source>Another column already holds this field</source>
        <translation>已有其他列对应此字段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="558"/>
        <source>Choose the column that holds the company name.</source>
        <translation>请选择公司名称所在的列。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="560"/>
        <source>Columns to import: {n}.</source>
        <translation>将导入的列：{n} 列。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="78"/>
        <source>Merge duplicates</source>
        <translation>合并重复客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="84"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="87"/>
        <source>Every follow-up, deal, payment, return and complaint moves to the kept customer; the others go to the recycle bin as duplicates.</source>
        <translation>所有跟进、成交、回款、退货和投诉记录都将转到保留的客户；其余客户作为重复客户移入作废箱。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="99"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="100"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="101"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="108"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="111"/>
        <source>Keep this one</source>
        <translation>保留此客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="158"/>
        <source>Choose at least two customers to merge.</source>
        <translation>请至少选择两个客户进行合并。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="169"/>
        <source>Merging customers…</source>
        <translation>正在合并客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="176"/>
        <source>Merged into {company}; duplicates moved to the recycle bin: {n}.</source>
        <translation>已合并到 {company}；移入作废箱的重复客户：{n} 个。</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../crmdesk/ui/new_customer.py" line="40"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/new_customer.py" line="64"/>
        <source>Me ({name})</source>
        <translation>我（{name}）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/new_customer.py" line="68"/>
        <source>Nobody: into the pool</source>
        <translation>不分配：放入公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/new_customer.py" line="71"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/new_customer.py" line="72"/>
        <source>Pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/new_customer.py" line="93"/>
        <source>A customer needs a company name.</source>
        <translation>客户必须填写公司名称。</translation>
    </message>
</context>
<context>
    <name>NewPoolDialog</name>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="178"/>
        <source>New public pool</source>
        <translation>新建公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="183"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="631"/>
        <source>Choose what happens to the rows</source>
        <translation>选择导入方式</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="633"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="639"/>
        <source>A row is a duplicate when its customer ID, phone, email or company name matches a customer already in CRMDesk. Duplicates are:</source>
        <translation>某行的客户 ID、电话、邮箱或公司名称与 CRMDesk 中已有客户相同时，即视为重复。重复行将：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="645"/>
        <source>Skipped, and listed with the rejected rows</source>
        <translation>跳过，并与被拒绝的行一起列出</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="646"/>
        <source>Used to update the existing customer</source>
        <translation>用于更新已有客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="647"/>
        <source>Imported as new customers</source>
        <translation>作为新客户导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="660"/>
        <source>Import only the valid rows; leave out the others</source>
        <translation>只导入有效行，跳过其余行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="663"/>
        <source>Pool:</source>
        <translation>公海：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="664"/>
        <source>Rows without an owner go to:</source>
        <translation>无负责人的行分配给：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="687"/>
        <source>Nobody: into the pool</source>
        <translation>不分配：放入公海</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="100"/>
        <source>Set the password of {name}</source>
        <translation>设置 {name} 的密码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="109"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="110"/>
        <source>Again</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="120"/>
        <source>The two differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PaymentEntry</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="230"/>
        <source>Add payment due</source>
        <translation>添加应收款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="236"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="238"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
</context>
<context>
    <name>PoolsTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="197"/>
        <source>New pool…</source>
        <translation>新建公海…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="206"/>
        <source>Only managers and a pool&apos;s admins can change a pool.</source>
        <translation>只有主管和公海管理员可以修改公海。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="214"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="217"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="220"/>
        <source>Undo changes</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="237"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="237"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="237"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="246"/>
        <source>Managers see and administer every pool.</source>
        <translation>主管可查看和管理所有公海。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="254"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="255"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="279"/>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="329"/>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="350"/>
        <source>Rules not saved</source>
        <translation>规则未保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="351"/>
        <source>The rules of {pool} have changes that are not saved.</source>
        <translation>“{pool}”的规则有未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="416"/>
        <source>In {pool}, with these rules, customers reclaimed now: {n}; customers warned (their owners are told): {w}. With the saved rules: {n0} and {w0}.</source>
        <translation>在“{pool}”中，按这些规则，现在将回收的客户：{n}；将预警的客户（会通知其负责人）：{w}。按已保存的规则：{n0} 和 {w0}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="444"/>
        <source>Counting what the rules would do…</source>
        <translation>正在计算规则的影响…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="459"/>
        <source>Save the pool&apos;s rules</source>
        <translation>保存公海规则</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="462"/>
        <source>The next sweep applies them. Save?</source>
        <translation>规则将在下次回收检查时生效。确定保存吗？</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="577"/>
        <source>Check the first rows</source>
        <translation>检查前几行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="618"/>
        <source>Rows with problems among the first {rows}: {flagged}, marked in red; point at a cell to see why. Fix them in the file, or import only the valid rows.</source>
        <translation>前 {rows} 行中有问题的行：{flagged} 行，已用红色标出；将鼠标指向单元格可查看原因。请在文件中修正，或只导入有效行。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="622"/>
        <source>No problems in the first rows ({rows} read).</source>
        <translation>前几行没有问题（已读取 {rows} 行）。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="417"/>
        <source>Who are you?</source>
        <translation>您是哪位？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="424"/>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="424"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="425"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="431"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="431"/>
        <source>Switch</source>
        <translation>切换</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="433"/>
        <source>Switch person</source>
        <translation>切换身份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="435"/>
        <source>Choose who you are on this computer:</source>
        <translation>请选择您在这台电脑上的身份：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="443"/>
        <source>Choose a person from the list.</source>
        <translation>请从列表中选择一个人。</translation>
    </message>
</context>
<context>
    <name>QueueList</name>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="145"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="148"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="230"/>
        <source>{name} ({n})</source>
        <translation>{name}（{n}）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="284"/>
        <source>Select one or more customers first.</source>
        <translation>请先选择一个或多个客户。</translation>
    </message>
</context>
<context>
    <name>ReactivateDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="490"/>
        <source>Reactivate customers</source>
        <translation>重新激活客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="491"/>
        <source>Into their public pool</source>
        <translation>放回所属公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="493"/>
        <source>To an owner</source>
        <translation>分配给负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="502"/>
        <source>Their last owner</source>
        <translation>原负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="519"/>
        <source>Bring back</source>
        <translation>恢复到</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="520"/>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="540"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="520"/>
        <source>Why these customers come back</source>
        <translation>重新激活这些客户的原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="540"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="540"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="540"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="540"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="562"/>
        <source>The first {shown} of {n} selected customers are shown.</source>
        <translation>共选中 {n} 个客户，此处列出前 {shown} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="568"/>
        <source>{status}: {reason}</source>
        <translation>{status}：{reason}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="573"/>
        <source>the reclaim rules</source>
        <translation>回收规则</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="576"/>
        <source>{why}. Decided by {who} on {when}.</source>
        <translation>{why}。由 {who} 于 {when} 决定。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="580"/>
        <source>Their note: {note}</source>
        <translation>当时的备注：{note}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="586"/>
        <source>Write a note saying why.</source>
        <translation>请填写备注说明原因。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="590"/>
        <source>Some customers had no owner; choose the rep who will own them.</source>
        <translation>部分客户原来没有负责人，请选择接手的销售。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="490"/>
        <source>Reactivating customers…</source>
        <translation>正在重新激活客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="604"/>
        <source>Customers reactivated into the public pool: {n}.</source>
        <translation>已重新激活并放回公海的客户：{n} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="608"/>
        <source>Customers reactivated with their last owners: {n}.</source>
        <translation>已重新激活并交还原负责人的客户：{n} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="611"/>
        <source>Customers reactivated and given to {rep}: {n}.</source>
        <translation>已重新激活并分配给 {rep} 的客户：{n} 个。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="45"/>
        <source>Rename reason</source>
        <translation>重命名原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="45"/>
        <source>New reason</source>
        <translation>新建原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="52"/>
        <source>A note is required with this reason</source>
        <translation>选择此原因时必须填写备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="56"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="57"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>ReasonsTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="70"/>
        <source>Void reasons</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="71"/>
        <source>Close reasons</source>
        <translation>关闭原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="72"/>
        <source>Release reasons</source>
        <translation>退回公海原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="84"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="85"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="86"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="87"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="88"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="89"/>
        <source>Reinstate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="124"/>
        <source>{label} — note required</source>
        <translation>{label} — 需填写备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reasons.py" line="126"/>
        <source>{label} — retired</source>
        <translation>{label} — 已停用</translation>
    </message>
</context>
<context>
    <name>RecordBar</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="354"/>
        <source>Mark paid</source>
        <translation>标记为已回款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="356"/>
        <source>Mark the open payment chosen in the timeline paid</source>
        <translation>将时间线中选中的待回款标记为已回款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="365"/>
        <source>Deal…</source>
        <translation>成交…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="365"/>
        <source>Record a deal</source>
        <translation>记录成交</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="366"/>
        <source>Payment…</source>
        <translation>应收款…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="366"/>
        <source>Add a payment due</source>
        <translation>添加应收款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="367"/>
        <source>Complaint…</source>
        <translation>投诉…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="367"/>
        <source>Record a complaint</source>
        <translation>记录投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="368"/>
        <source>Return…</source>
        <translation>退货…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="368"/>
        <source>Record a return</source>
        <translation>记录退货</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="397"/>
        <source>Release to pool</source>
        <translation>退回公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="405"/>
        <source>To pool</source>
        <translation>目标公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="407"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="408"/>
        <source>Released customers lose their owner and can be claimed by others.</source>
        <translation>退回公海后，客户将没有负责人，其他人可以领取。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="397"/>
        <source>Releasing customers…</source>
        <translation>正在退回公海…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="422"/>
        <source>Customers released to {pool}: {n}.</source>
        <translation>已退回 {pool} 的客户：{n} 个。</translation>
    </message>
</context>
<context>
    <name>RepDialog</name>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="44"/>
        <source>Edit rep</source>
        <translation>编辑销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="44"/>
        <source>Add rep</source>
        <translation>添加销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="52"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="53"/>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="62"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="67"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="68"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="69"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="70"/>
        <source>Capacity (active customers)</source>
        <translation>容量（跟进中的客户数）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="71"/>
        <source>Level (weight when distributing)</source>
        <translation>级别（分配时的权重）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="75"/>
        <source>Active customers owned: {n}. Assign or release them before deactivating.</source>
        <translation>名下跟进中的客户：{n} 个。停用前请先分配或退回公海。</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="811"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="818"/>
        <source>Created:</source>
        <translation>新建：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="819"/>
        <source>Updated:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="820"/>
        <source>Skipped:</source>
        <translation>跳过：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="821"/>
        <source>Rejected:</source>
        <translation>拒绝：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="833"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="833"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="833"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="839"/>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="839"/>
        <source>Why skipped</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="854"/>
        <source>Save rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="857"/>
        <source>Change the options and import again</source>
        <translation>修改选项后重新导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="875"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="877"/>
        <source>Nothing was imported: {why}</source>
        <translation>未导入任何客户：{why}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="881"/>
        <source>Nothing was imported: rows with problems: {n}. Fix them in the file (save the rejected rows to see each problem beside its row), or import only the valid rows.</source>
        <translation>未导入任何数据：有问题的行：{n} 行。请在文件中修正（保存被拒绝的行，可在每行旁看到问题），或只导入有效行。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="888"/>
        <source>Rows read: {rows}, in {seconds:.1f} s.</source>
        <translation>已读取 {rows} 行，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="901"/>
        <source>Columns not imported: {columns}</source>
        <translation>未导入的列：{columns}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="915"/>
        <source>Rejected rows: {n}</source>
        <translation>被拒绝的行：{n}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="918"/>
        <source>Skipped rows: {n}</source>
        <translation>跳过的行：{n}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="951"/>
        <source>Rows that matched a customer and changed nothing: {n}</source>
        <translation>与已有客户相同、无需更新的行：{n}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="967"/>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="969"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="978"/>
        <source>Rejected rows saved to {file}</source>
        <translation>被拒绝的行已保存到 {file}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="986"/>
        <source>Could not save {file}: {error}</source>
        <translation>无法保存 {file}：{error}</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="99"/>
        <source>Reason</source>
        <translation>原因</translation>
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
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="107"/>
        <source>From {start} to {end}: {void} voided, {close} closed, {release} released to a pool.</source>
        <translation>{start} 至 {end}：作废 {void} 个，关闭 {close} 个，退回公海 {release} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="118"/>
        <source>Voided, by reason</source>
        <translation>作废（按原因）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="121"/>
        <source>Closed, by reason</source>
        <translation>关闭（按原因）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="126"/>
        <source>Released to a pool, by reason</source>
        <translation>退回公海（按原因）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="131"/>
        <source>In the recycle bin now, by reason</source>
        <translation>当前作废箱客户（按原因）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="134"/>
        <source>Closed customers now, by reason</source>
        <translation>当前已关闭客户（按原因）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="141"/>
        <source>All pools</source>
        <translation>全部公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="143"/>
        <source>{pool}: {inflow} came in and {outflow} went out from {start} to {end}; {size} in the pool now.</source>
        <translation>{pool}：{start} 至 {end} 流入 {inflow} 个、流出 {outflow} 个；当前公海内有 {size} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="162"/>
        <location filename="../../crmdesk/ui/reports.py" line="241"/>
        <source>Week from</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="174"/>
        <source>Into the pool per week: {pool}</source>
        <translation>每周流入公海：{pool}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="178"/>
        <source>Out of the pool per week: {pool}</source>
        <translation>每周流出公海：{pool}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="184"/>
        <source>Pools: size now, in and out in the period</source>
        <translation>公海：当前规模及期间流入流出</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="186"/>
        <source>Pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="189"/>
        <source>In the pool now</source>
        <translation>当前在公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="190"/>
        <source>Came in</source>
        <translation>流入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="191"/>
        <source>Went out</source>
        <translation>流出</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="201"/>
        <source>Working customers: {total}, with a tier set by hand: {overridden}. Tier changes from {start} to {end}: {moved}.</source>
        <translation>有效客户：{total} 个，其中手动设置等级：{overridden} 个。{start} 至 {end} 等级变更：{moved} 次。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="253"/>
        <source>Customers created from {start} to {end}: {created}; with a deal since: {dealt} ({ratio:.0%}).</source>
        <translation>{start} 至 {end} 新建客户：{created} 个；其中已成交：{dealt} 个（{ratio:.0%}）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="297"/>
        <source>Working customers with a warning: {warned} of {total} (as of the last refresh).</source>
        <translation>有预警的有效客户：{warned} 个，共 {total} 个（截至上次刷新）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="327"/>
        <source>Active reps: {reps}. Work done from {start} to {end}.</source>
        <translation>在职销售：{reps} 名。{start} 至 {end} 的工作情况。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="210"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="211"/>
        <source>By the rules</source>
        <translation>按规则</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="211"/>
        <source>Set by hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="217"/>
        <source>Working customers by tier</source>
        <translation>有效客户等级分布</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="219"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="226"/>
        <source>Tier changes, from → to</source>
        <translation>等级变更（原 → 新）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="228"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="239"/>
        <source>Tier changes per week</source>
        <translation>每周等级变更</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="268"/>
        <source>Working customers by stage</source>
        <translation>有效客户阶段分布</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="270"/>
        <location filename="../../crmdesk/ui/reports.py" line="283"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="273"/>
        <source>At this stage</source>
        <translation>处于此阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="274"/>
        <source>Reached this stage</source>
        <translation>到达此阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="281"/>
        <source>Went further than each stage (%)</source>
        <translation>各阶段推进率（%）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="287"/>
        <source>Went further (%)</source>
        <translation>推进率（%）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="305"/>
        <source>Customers per warning rule</source>
        <translation>各预警规则的客户数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="307"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="315"/>
        <source>Working customers by risk score</source>
        <translation>有效客户风险分分布</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="317"/>
        <source>Risk score</source>
        <translation>风险分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="338"/>
        <source>What each rep holds now</source>
        <translation>各销售当前持有客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="340"/>
        <location filename="../../crmdesk/ui/reports.py" line="355"/>
        <location filename="../../crmdesk/ui/reports.py" line="368"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="343"/>
        <source>Owned</source>
        <translation>拥有客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="344"/>
        <source>Follow-ups due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="345"/>
        <source>About to be reclaimed</source>
        <translation>即将被回收</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="346"/>
        <source>With a warning</source>
        <translation>有预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="353"/>
        <source>What each rep did in the period</source>
        <translation>各销售期间工作量</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="358"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="359"/>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="360"/>
        <source>Claims</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="366"/>
        <source>Deal amount per rep in the period</source>
        <translation>各销售期间成交金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="371"/>
        <source>Deal amount</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="373"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="393"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="403"/>
        <source>Pool:</source>
        <translation>公海：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="432"/>
        <source>All pools</source>
        <translation>全部公海</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="462"/>
        <source>Void, close and release reasons</source>
        <translation>作废、关闭和退回公海原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="463"/>
        <source>Pool inflow and outflow</source>
        <translation>公海流入流出</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="464"/>
        <source>Tiers and tier changes</source>
        <translation>客户分级与等级变更</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="465"/>
        <source>Funnel by stage</source>
        <translation>阶段漏斗</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="466"/>
        <source>Warnings per rule</source>
        <translation>各规则预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="467"/>
        <source>Workload per rep</source>
        <translation>销售工作量</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="477"/>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="481"/>
        <source>Last {n} weeks</source>
        <translation>最近 {n} 周</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reports.py" line="483"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>RepsTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="135"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="136"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="137"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="138"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="139"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="140"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="141"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="150"/>
        <source>Add rep…</source>
        <translation>添加销售…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="153"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="159"/>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="180"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="180"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="182"/>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_reps.py" line="182"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
</context>
<context>
    <name>ReturnEntry</name>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="290"/>
        <source>Record return</source>
        <translation>记录退货</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_records.py" line="296"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="90"/>
        <source>Reclaim</source>
        <translation>回收规则</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="91"/>
        <source>Claim</source>
        <translation>领取规则</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="95"/>
        <source>Reclaim neglected customers</source>
        <translation>回收长期未跟进的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="96"/>
        <source>Days without a follow-up</source>
        <translation>未跟进天数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="97"/>
        <source>Days without a follow-up, by tier (0 = as above)</source>
        <translation>各等级未跟进天数（0 = 同上）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="98"/>
        <source>Days without a deal</source>
        <translation>未成交天数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="99"/>
        <source>Exempt customers with a deal</source>
        <translation>已成交客户不回收</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="100"/>
        <source>Freeze the countdown while a contract runs</source>
        <translation>合同有效期内暂停倒计时</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="101"/>
        <source>Freeze the countdown while a payment is due</source>
        <translation>有待回款时暂停倒计时</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="102"/>
        <source>Warn the owner this many days before</source>
        <translation>提前几天提醒负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="103"/>
        <source>Claims per rep per day</source>
        <translation>每位销售每日领取上限</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="104"/>
        <source>Active customers a rep may own</source>
        <translation>每位销售最多拥有的客户数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="105"/>
        <source>Count locked customers</source>
        <translation>计入锁定的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="106"/>
        <source>Count customers with a deal</source>
        <translation>计入已成交的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="107"/>
        <source>Days before a rep may claim back a customer</source>
        <translation>原负责人再次领取需间隔天数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="108"/>
        <source>Hours before a newly pooled customer may be claimed</source>
        <translation>新进公海客户可领取前的等待小时数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_pools.py" line="109"/>
        <source>Mask phone and email until claimed</source>
        <translation>领取前隐藏电话和邮箱</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="145"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="147"/>
        <source>Overdue payments at least</source>
        <translation>逾期回款不少于（笔）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="148"/>
        <location filename="../../crmdesk/ui/settings_rules.py" line="170"/>
        <source>Complaints at least</source>
        <translation>投诉不少于（次）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="149"/>
        <location filename="../../crmdesk/ui/settings_rules.py" line="171"/>
        <source>…within days</source>
        <translation>…统计天数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="150"/>
        <location filename="../../crmdesk/ui/settings_rules.py" line="168"/>
        <source>Return rate at least (%)</source>
        <translation>退货率不低于（%）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="151"/>
        <source>Credit rating this or worse</source>
        <translation>信用等级不高于</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="156"/>
        <source>Every customer&apos;s warnings are recomputed when these are saved.</source>
        <translation>保存后将重新计算所有客户的预警。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="162"/>
        <source>Grading</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="164"/>
        <source>Last interaction within days (3, 2, 1 points)</source>
        <translation>最近互动在多少天内（3、2、1 分）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="165"/>
        <source>Count deals within days</source>
        <translation>成交统计天数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="166"/>
        <source>Deals at least (1, 2, 3 points)</source>
        <translation>成交次数不少于（1、2、3 分）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="167"/>
        <source>Deal value at least (1, 2, 3 points)</source>
        <translation>成交金额不少于（1、2、3 分）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="169"/>
        <source>…costs points</source>
        <translation>…扣分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="172"/>
        <source>…cost points</source>
        <translation>…扣分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="173"/>
        <source>Tier A from points</source>
        <translation>A 级最低分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="174"/>
        <source>Tier B from points</source>
        <translation>B 级最低分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="175"/>
        <source>Tier C from points (below: D, junk)</source>
        <translation>C 级最低分（低于此为 D 级，即垃圾客户）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="180"/>
        <source>Tiers change at the next grading run.</source>
        <translation>等级将在下次分级时更新。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="185"/>
        <source>Void suggestions</source>
        <translation>作废建议</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="187"/>
        <source>No interaction for days</source>
        <translation>无互动天数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="188"/>
        <source>Failed contact attempts in a row</source>
        <translation>连续联系失败次数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="189"/>
        <source>Suggest archiving closed customers after days</source>
        <translation>关闭多少天后建议归档</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="716"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="718"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="724"/>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="740"/>
        <source>Importing {file}… Nothing is saved until the last row is in.</source>
        <translation>正在导入 {file}… 全部行导入完成前不会保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="775"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="44"/>
        <source>Public pools</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="45"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="46"/>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="47"/>
        <source>Reps</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="48"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="49"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings.py" line="50"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="326"/>
        <source>Choose the sheet</source>
        <translation>选择工作表</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="335"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="358"/>
        <source>Reading “{sheet}”…</source>
        <translation>正在读取“{sheet}”…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="373"/>
        <source>Rows: about {rows}.</source>
        <translation>行数：约 {rows} 行。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="360"/>
        <source>Sign in to CRMDesk</source>
        <translation>登录 CRMDesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="363"/>
        <source>Database {database} on {host}</source>
        <translation>{host} 上的数据库 {database}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="375"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="376"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="377"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="440"/>
        <source>Every rule</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="442"/>
        <location filename="../../crmdesk/ui/queues.py" line="460"/>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="443"/>
        <location filename="../../crmdesk/ui/queues.py" line="461"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="444"/>
        <location filename="../../crmdesk/ui/queues.py" line="462"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="445"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="446"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="463"/>
        <source>Risk score</source>
        <translation>风险分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="464"/>
        <location filename="../../crmdesk/ui/queues.py" line="473"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="472"/>
        <source>Void suggestions</source>
        <translation>作废建议</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="95"/>
        <source>Reclaim neglected customers</source>
        <translation>回收长期未跟进的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="95"/>
        <source>Reclaim now</source>
        <translation>立即回收</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="104"/>
        <source>Reclaiming customers into the pools…</source>
        <translation>正在将客户回收到公海…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="109"/>
        <source>Customers reclaimed into the pools: {n}.
Customers warned, close to being reclaimed (their owners are told): {w}.</source>
        <translation>已回收到公海的客户：{n} 个。
即将被回收、已预警的客户（已通知其负责人）：{w} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="114"/>
        <source>Customers the rules would reclaim into the pools now: {n}.
Customers close to it that would be warned (their owners are told): {w}.</source>
        <translation>按规则现在将回收到公海的客户：{n} 个。
即将被回收、将收到预警的客户（会通知其负责人）：{w} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="120"/>
        <source>{pool}: {n}</source>
        <translation>{pool}：{n}</translation>
    </message>
</context>
<context>
    <name>ThresholdGroup</name>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="58"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings_rules.py" line="132"/>
        <source>Saving the rules…</source>
        <translation>正在保存规则…</translation>
    </message>
</context>
<context>
    <name>TierRiskTab</name>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="46"/>
        <source>Signal</source>
        <translation>指标</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/detail_history.py" line="87"/>
        <source>%n day(s) since the last interaction</source>
        <translation><numerusform>距最近一次互动 %n 天</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/detail_history.py" line="92"/>
        <source>%n deal(s) in the last year</source>
        <translation><numerusform>近一年成交 %n 笔</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="96"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="46"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="53"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="57"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="70"/>
        <source>Tier {tier}, set by hand; the rules would give {computed}.</source>
        <translation>{tier} 级，手动设置；按规则应为 {computed} 级。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="75"/>
        <source>Tier {tier}; the rules now give {computed} ({total} points), applied at the next grading.</source>
        <translation>{tier} 级；按当前规则为 {computed} 级（{total} 分），将在下次分级时更新。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="79"/>
        <source>Tier {tier}, from the grading rules ({total} points).</source>
        <translation>{tier} 级，由分级规则得出（{total} 分）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="86"/>
        <source>Recency</source>
        <translation>最近互动</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="102"/>
        <source>return rate {rate}%, {complaints}</source>
        <translation>退货率 {rate}%，{complaints}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/detail_history.py" line="104"/>
        <source>%n complaint(s)</source>
        <translation><numerusform>投诉 %n 次</numerusform></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="119"/>
        <source>Overdue payments: {overdue}; recent complaints: {complaints}; return rate: {rate}%; credit rating: {credit}.</source>
        <translation>逾期付款：{overdue} 笔；近期投诉：{complaints} 次；退货率：{rate}%；信用等级：{credit}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="91"/>
        <source>Frequency</source>
        <translation>购买频次</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="97"/>
        <source>{amount} bought in all</source>
        <translation>累计购买 {amount}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="101"/>
        <source>Returns and complaints</source>
        <translation>退货与投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="112"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="116"/>
        <source>Risk score {score} of 100</source>
        <translation>风险分 {score}/100</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="125"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="134"/>
        <source>{rule}: {value} (warning at {threshold}), {points} points</source>
        <translation>{rule}：{value}（预警阈值 {threshold}），{points} 分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_history.py" line="139"/>
        <source>No warning fires.</source>
        <translation>没有触发预警。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="131"/>
        <source>Nothing recorded yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="166"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="175"/>
        <source>Next follow-up {when}</source>
        <translation>下次跟进 {when}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="176"/>
        <source>{kind}, {outcome}</source>
        <translation>{kind}，{outcome}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="182"/>
        <source>Contract until {day}</source>
        <translation>合同截止 {day}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="186"/>
        <source>Deal of {amount}</source>
        <translation>成交 {amount}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="190"/>
        <source>Was due {day}</source>
        <translation>到期日 {day}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="191"/>
        <source>Payment of {amount} received</source>
        <translation>已回款 {amount}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="193"/>
        <source>Payment of {amount} due</source>
        <translation>应收款 {amount}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="194"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="194"/>
        <source>Open</source>
        <translation>待回款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="197"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="199"/>
        <source>Return of {amount}</source>
        <translation>退货 {amount}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="206"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="210"/>
        <source>tier {old} → {new}</source>
        <translation>等级 {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="214"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="220"/>
        <source>owner {old} → {new}</source>
        <translation>负责人 {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="226"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="227"/>
        <source>fields: {names}</source>
        <translation>字段：{names}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="229"/>
        <source>pool {name}</source>
        <translation>公海 {name}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="230"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="235"/>
        <source>No follow-up within the period</source>
        <translation>期限内未跟进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="236"/>
        <source>No deal within the period</source>
        <translation>期限内未成交</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="239"/>
        <location filename="../../crmdesk/ui/detail_timeline.py" line="241"/>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="295"/>
        <source>Void customers</source>
        <translation>作废客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="300"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="300"/>
        <source>Why these customers are void</source>
        <translation>作废这些客户的原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="303"/>
        <source>e.g. called 3 March, number out of service</source>
        <translation>例如：3 月 3 日致电，号码已停机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="304"/>
        <source>Last contact</source>
        <translation>最后联系情况</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="306"/>
        <source>Voided customers go to the recycle bin and can be restored from there.</source>
        <translation>作废的客户会移入作废箱，可从作废箱恢复。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="296"/>
        <source>Voiding customers…</source>
        <translation>正在作废客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/action_dialogs.py" line="297"/>
        <source>Customers moved to the recycle bin: {n}.</source>
        <translation>已移入作废箱的客户：{n} 个。</translation>
    </message>
</context>
<context>
    <name>_PreviewDialog</name>
    <message>
        <location filename="../../crmdesk/ui/maintenance.py" line="33"/>
        <source>Looking at what would happen…</source>
        <translation>正在预估执行结果…</translation>
    </message>
</context>
<context>
    <name>_StartDialog</name>
    <message>
        <location filename="../../crmdesk/ui/signin.py" line="169"/>
        <source>CRMDesk</source>
        <translation>CRMDesk</translation>
    </message>
</context>
<context>
    <name>queues</name>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="311"/>
        <source>Customers moved to the recycle bin: {n}.</source>
        <translation>已移入作废箱的客户：{n} 个。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="317"/>
        <source>Suggestions dismissed: {n}. They come back only on new evidence.</source>
        <translation>已忽略的建议：{n} 条。出现新的依据时才会再次提示。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="331"/>
        <source>Customers to void: {n}. Reason: {reasons}.

They go to the Recycle bin and can be restored from there. Void them?</source>
        <translation>要作废的客户：{n} 个。原因：{reasons}。

作废后移入作废箱，可从那里恢复。确定作废吗？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="336"/>
        <source>Void customers</source>
        <translation>作废客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="358"/>
        <source>no longer suggested</source>
        <translation>已不再建议作废</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="378"/>
        <source>Void (accept)…</source>
        <translation>作废（采纳建议）…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/queues.py" line="381"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
</context>
</TS>
