<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>Outbox Doctor tested %1</source>
        <translation>Outbox Doctor 已测试 %1</translation>
    </message>
    <message>
        <source>The name resolves to: %1</source>
        <translation>该名称解析为：%1</translation>
    </message>
    <message>
        <source>The name could not be resolved: %1</source>
        <translation>无法解析该名称：%1</translation>
    </message>
    <message>
        <source>Incoming mail server (POP3) %1 port %2</source>
        <translation>传入邮件服务器 (POP3) %1，端口 %2</translation>
    </message>
    <message>
        <source>Port %1 (%2) at %3: %4</source>
        <translation>端口 %1 (%2)，地址 %3：%4</translation>
    </message>
    <message>
        <source>Verdict: %1 [%2]</source>
        <translation>结论：%1 [%2]</translation>
    </message>
    <message>
        <source>Based on port %1.</source>
        <translation>依据端口 %1 的测试结果。</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>服务器响应：“%1”</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>解决办法：</translation>
    </message>
    <message>
        <source>Tests an outgoing mail (SMTP) account and explains the result. Nothing is sent unless --send is given.</source>
        <translation>测试传出邮件 (SMTP) 帐户并解释结果。除非指定 --send，否则不会发送任何邮件。</translation>
    </message>
    <message>
        <source>The outgoing (SMTP) server.</source>
        <translation>传出 (SMTP) 服务器。</translation>
    </message>
    <message>
        <source>Port to test, optionally with its security (587:starttls). Repeatable. Default: 587, 465 and 25 in parallel.</source>
        <translation>要测试的端口，可附带加密方式 (587:starttls)。可重复指定。默认：同时测试 587、465 和 25。</translation>
    </message>
    <message>
        <source>auto, starttls, tls or none.</source>
        <translation>auto、starttls、tls 或 none。</translation>
    </message>
    <message>
        <source>The sender address to test.</source>
        <translation>要测试的发件人地址。</translation>
    </message>
    <message>
        <source>A recipient in another domain (repeatable).</source>
        <translation>另一个域中的收件人（可重复指定）。</translation>
    </message>
    <message>
        <source>User name for logging in.</source>
        <translation>用于登录的用户名。</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation>从此文件的第一行读取密码。</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>从此环境变量读取密码。</translation>
    </message>
    <message>
        <source>Log in with the OAuth 2 access token in this file (XOAUTH2).</source>
        <translation>使用此文件中的 OAuth 2 访问令牌登录 (XOAUTH2)。</translation>
    </message>
    <message>
        <source>Login method: plain, login, cram-md5 or xoauth2 (default: the strongest offered).</source>
        <translation>登录方式：plain、login、cram-md5 或 xoauth2（默认：服务器提供的最强方式）。</translation>
    </message>
    <message>
        <source>Connect from this local address.</source>
        <translation>从此本地地址连接。</translation>
    </message>
    <message>
        <source>Where you are: home, work, travel or unknown.</source>
        <translation>你所在的位置：home、work、travel 或 unknown。</translation>
    </message>
    <message>
        <source>Log in to this POP3 server first (POP-before-SMTP).</source>
        <translation>先登录此 POP3 服务器 (POP-before-SMTP)。</translation>
    </message>
    <message>
        <source>POP3 port (default 110, or 995 with tls).</source>
        <translation>POP3 端口（默认为 110，使用 tls 时为 995）。</translation>
    </message>
    <message>
        <source>auto, starttls, tls or none for POP3.</source>
        <translation>POP3 的加密方式：auto、starttls、tls 或 none。</translation>
    </message>
    <message>
        <source>POP3 user name (default: --user).</source>
        <translation>POP3 用户名（默认：--user 的值）。</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>同时信任此 PEM 文件中的证书颁发机构。</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint for this test.</source>
        <translation>在本次测试中信任具有此 SHA-256 指纹的证书。</translation>
    </message>
    <message>
        <source>Name to introduce ourselves with (default: our address).</source>
        <translation>自我介绍时使用的名称（默认：本机地址）。</translation>
    </message>
    <message>
        <source>Really send a short test message to the --to recipients.</source>
        <translation>真正向 --to 指定的收件人发送一封简短的测试邮件。</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 20).</source>
        <translation>等待每个响应的秒数（默认 20）。</translation>
    </message>
    <message>
        <source>Also write a report (.html, .pdf or .txt).</source>
        <translation>同时写入一份报告（.html、.pdf 或 .txt）。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation>必须指定 --host。</translation>
    </message>
    <message>
        <source>Unknown security mode &quot;%1&quot;.</source>
        <translation>未知的加密方式“%1”。</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;.</source>
        <translation>无效的端口“%1”。</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>未设置环境变量 %1。</translation>
    </message>
    <message>
        <source>A password was given without --user.</source>
        <translation>提供了密码，但未指定 --user。</translation>
    </message>
    <message>
        <source>Invalid source address &quot;%1&quot;.</source>
        <translation>无效的源地址“%1”。</translation>
    </message>
    <message>
        <source>Unknown location &quot;%1&quot;; use home, work, travel or unknown.</source>
        <translation>未知的位置“%1”；请使用 home、work、travel 或 unknown。</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>无法从 %1 读取任何证书。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint.</source>
        <translation>“%1”不是 SHA-256 指纹。</translation>
    </message>
    <message>
        <source>--send needs at least one --to recipient.</source>
        <translation>--send 至少需要一个 --to 收件人。</translation>
    </message>
    <message>
        <source>Invalid timeout &quot;%1&quot;.</source>
        <translation>无效的超时值“%1”。</translation>
    </message>
    <message>
        <source>The report file must end in .html, .pdf or .txt: %1</source>
        <translation>报告文件名必须以 .html、.pdf 或 .txt 结尾：%1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>In the report, replace e-mail addresses and server names by placeholders (for public forums).</source>
        <translation>在报告中用占位符替换电子邮件地址和服务器名称（用于公共论坛）。</translation>
    </message>
    <message>
        <source>Port %1 (%2): stopped, the verdict was already clear without it</source>
        <translation>端口 %1 (%2)：已停止，不需要它的结果就已得出结论</translation>
    </message>
    <message>
        <source>  A second connection with %1 was answered: this port speaks %1.</source>
        <translation>  使用 %1 的第二次连接得到了响应：此端口使用 %1。</translation>
    </message>
    <message>
        <source>  A second connection with %1 was not answered either.</source>
        <translation>  使用 %1 的第二次连接也没有得到响应。</translation>
    </message>
    <message>
        <source>Port %1 expects %2, not %3: set the connection security to %2.</source>
        <translation>端口 %1 要求使用 %2，而不是 %3：请将连接的加密方式设置为 %2。</translation>
    </message>
    <message>
        <source>Wait for every port&apos;s own result, even when the verdict is clear earlier.</source>
        <translation>等待每个端口各自的结果，即使结论已提前明确。</translation>
    </message>
</context>
<context>
    <name>od::AccountKindChooser</name>
    <message>
        <source>Whose mail account is it?</source>
        <translation>是哪个邮件帐户？</translation>
    </message>
    <message>
        <source>My home prov&amp;ider&apos;s mail account</source>
        <translation>我在家使用的服务提供商的邮件帐户(&amp;J)</translation>
    </message>
    <message>
        <source>My wo&amp;rk account</source>
        <translation>我的工作帐户(&amp;R)</translation>
    </message>
    <message>
        <source>Another account, &amp;for example webmail or your own domain</source>
        <translation>其他帐户，例如网页邮箱或你自己的域(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>od::AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>你的帐户</translation>
    </message>
    <message>
        <source>Pick the account from your mail program, or type its settings as your mail program has them.</source>
        <translation>从你的邮件程序中选择帐户，或按照邮件程序中的设置手动输入。</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>帐户(&amp;A)：</translation>
    </message>
    <message>
        <source>Account found on this computer</source>
        <translation>在此计算机上找到的帐户</translation>
    </message>
    <message>
        <source>Type the settings myself</source>
        <translation>我自己输入设置</translation>
    </message>
    <message>
        <source>%1 (%2, in %3)</source>
        <translation>%1（%2，位于 %3）</translation>
    </message>
    <message>
        <source>Who sends</source>
        <comment>group of sender settings</comment>
        <translation>发件人</translation>
    </message>
    <message>
        <source>E-mail a&amp;ddress:</source>
        <translation>电子邮件地址(&amp;D)：</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>你的姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Rep&amp;ly-to address:</source>
        <translation>答复地址(&amp;L)：</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>答复地址</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>传出服务器 (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <comment>outgoing server name</comment>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Outgoing server name</source>
        <translation>传出服务器名称</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Outgoing server port</source>
        <translation>传出服务器端口</translation>
    </message>
    <message>
        <source>Automatic (587, 465 and 25)</source>
        <translation>自动（587、465 和 25）</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>加密(&amp;Y)：</translation>
    </message>
    <message>
        <source>Outgoing server encryption</source>
        <translation>传出服务器加密方式</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>group of login settings</comment>
        <translation>登录</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>身份验证(&amp;T)：</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>None: the server does not ask for a login</source>
        <translation>无：服务器不要求登录</translation>
    </message>
    <message>
        <source>Password (the best method the server offers)</source>
        <translation>密码（使用服务器支持的最佳方式）</translation>
    </message>
    <message>
        <source>Password, PLAIN</source>
        <translation>密码，PLAIN</translation>
    </message>
    <message>
        <source>Password, LOGIN</source>
        <translation>密码，LOGIN</translation>
    </message>
    <message>
        <source>Encrypted password (CRAM-MD5)</source>
        <translation>加密的密码 (CRAM-MD5)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>在系统密钥链中记住密码(&amp;K)</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>在系统密钥链中记住密码</translation>
    </message>
    <message>
        <source>Otherwise the password is kept in memory only and forgotten when you close Outbox Doctor.</source>
        <translation>否则，密码只保存在内存中，关闭 Outbox Doctor 后即被清除。</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept in memory only.</source>
        <translation>没有可用的系统密钥链：密码只保存在内存中。</translation>
    </message>
    <message>
        <source>Incoming server</source>
        <translation>传入服务器</translation>
    </message>
    <message>
        <source>In&amp;coming server:</source>
        <translation>传入服务器(&amp;C)：</translation>
    </message>
    <message>
        <source>Incoming server name</source>
        <translation>传入服务器名称</translation>
    </message>
    <message>
        <source>pop.example.com</source>
        <translation>pop.example.com</translation>
    </message>
    <message>
        <source>Check incoming mail (&amp;POP3) before sending</source>
        <translation>发送前先登录传入服务器 (&amp;POP3)</translation>
    </message>
    <message>
        <source>Log in to the incoming server before sending</source>
        <translation>发送前先登录传入服务器</translation>
    </message>
    <message>
        <source>Incoming server port</source>
        <translation>传入服务器端口</translation>
    </message>
    <message>
        <source>Automatic (110 or 995)</source>
        <translation>自动（110 或 995）</translation>
    </message>
    <message>
        <source>Incoming &amp;encryption:</source>
        <translation>传入加密(&amp;E)：</translation>
    </message>
    <message>
        <source>Incoming server encryption</source>
        <translation>传入服务器加密方式</translation>
    </message>
    <message>
        <source>Ad&amp;vanced options</source>
        <translation>高级选项(&amp;V)</translation>
    </message>
    <message>
        <source>Advanced options</source>
        <translation>高级选项</translation>
    </message>
    <message>
        <source>Address you tr&amp;ied to write to:</source>
        <translation>你尝试发送到的地址(&amp;I)：</translation>
    </message>
    <message>
        <source>Address you tried to write to</source>
        <translation>你尝试发送到的地址</translation>
    </message>
    <message>
        <source>optional; a test address is used otherwise</source>
        <translation>可选；不填写则使用测试地址</translation>
    </message>
    <message>
        <source>Local address to send from</source>
        <translation>用于发送的本地地址</translation>
    </message>
    <message>
        <source>chosen by the system</source>
        <translation>由系统选择</translation>
    </message>
    <message>
        <source>Extra trusted certificate authority file</source>
        <translation>额外信任的证书颁发机构文件</translation>
    </message>
    <message>
        <source>If your mail program was found on this computer, pick the account in the list at the top and check the settings. Otherwise copy them from your mail program&apos;s account settings: your e-mail address, the outgoing (SMTP) server with its port and encryption, and whether it asks for a user name and password. Leave the port on &quot;Automatic&quot; if you don&apos;t know it: the usual ports are tested at once. Your password is only kept in memory, unless you ask for it to be remembered in the system keychain.</source>
        <translation>如果在此计算机上找到了你的邮件程序，请在顶部的列表中选择帐户并检查设置。否则，请从邮件程序的帐户设置中照抄：你的电子邮件地址、传出 (SMTP) 服务器及其端口和加密方式，以及它是否要求输入用户名和密码。如果不知道端口，请保留“自动”：常用端口会同时进行测试。你的密码只保存在内存中，除非你要求将其记在系统密钥链中。</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>请输入你的电子邮件地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address.</source>
        <translation>“%1”看起来不像电子邮件地址。</translation>
    </message>
    <message>
        <source>The reply-to address does not look like an e-mail address.</source>
        <translation>答复地址看起来不像电子邮件地址。</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server&apos;s name, as your mail program has it.</source>
        <translation>请按照邮件程序中的设置，输入传出 (SMTP) 服务器的名称。</translation>
    </message>
    <message>
        <source>A server name cannot contain spaces.</source>
        <translation>服务器名称不能包含空格。</translation>
    </message>
    <message>
        <source>Enter the user name for the login, or set authentication to &quot;None&quot;.</source>
        <translation>请输入登录用的用户名，或将身份验证设为“无”。</translation>
    </message>
    <message>
        <source>Enter the incoming server&apos;s name to check mail before sending.</source>
        <translation>请输入传入服务器的名称，以便在发送前检查邮件。</translation>
    </message>
    <message>
        <source>The local address is not an IP address.</source>
        <translation>本地地址不是有效的 IP 地址。</translation>
    </message>
    <message>
        <source>automatic</source>
        <comment>port</comment>
        <translation>自动</translation>
    </message>
    <message>
        <source>%1 · %2 · sends via %3, port %4, no login</source>
        <comment>account card: mail program · address · server</comment>
        <translation>%1 · %2 · 通过 %3 发送，端口 %4，不登录</translation>
    </message>
    <message>
        <source>%1 · %2 · sends via %3, port %4, logs in as %5</source>
        <comment>account card: mail program · address · server</comment>
        <translation>%1 · %2 · 通过 %3 发送，端口 %4，以 %5 登录</translation>
    </message>
    <message>
        <source>Chan&amp;ge settings…</source>
        <translation>更改设置(&amp;G)…</translation>
    </message>
    <message>
        <source>Change the settings of this account</source>
        <translation>更改此帐户的设置</translation>
    </message>
    <message>
        <source>Enter the password of this account: the test logs in with it (it is kept in memory only).</source>
        <translation>请输入此帐户的密码：测试会用它登录（密码只保存在内存中）。</translation>
    </message>
    <message>
        <source>Next tests sending from this account the way your mail program does. Nothing is sent.</source>
        <translation>“下一步”会像你的邮件程序那样测试从此帐户发送邮件。不会真正发送任何邮件。</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1</source>
        <translation>无法将密码保存到系统密钥链：%1</translation>
    </message>
    <message>
        <source>The saved password could not be read from the system keychain: %1</source>
        <translation>无法从系统密钥链读取已保存的密码：%1</translation>
    </message>
    <message>
        <source>The saved password could not be removed from the system keychain: %1</source>
        <translation>无法从系统密钥链删除已保存的密码：%1</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>系统密钥链</translation>
    </message>
    <message>
        <source>Looking for your mail programs&apos; settings…</source>
        <translation>正在查找你的邮件程序的设置…</translation>
    </message>
    <message>
        <source>Next is available once the search has finished, or once you type the settings below.</source>
        <translation>搜索完成后，或在下方输入设置后，即可使用“下一步”。</translation>
    </message>
    <message>
        <source>Incomin&amp;g port:</source>
        <translation>传入端口(&amp;G)：</translation>
    </message>
    <message>
        <source>Send &amp;from local address (IP):</source>
        <translation>从本地 IP 地址发送(&amp;Z)：</translation>
    </message>
    <message>
        <source>E&amp;xtra trusted certificate authority (PEM file):</source>
        <translation>额外信任的证书颁发机构 (PEM 文件)(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>od::Accounts</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1：无法读取 (%2)。</translation>
    </message>
    <message>
        <source>%1: the file is too large to be a mail client&apos;s settings file.</source>
        <translation>%1：文件太大，不可能是邮件客户端的设置文件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no mail client settings were recognised in this folder.</source>
        <translation>%1：在此文件夹中未识别到任何邮件客户端设置。</translation>
    </message>
    <message>
        <source>The format of this file was not recognised as the settings of a supported mail client.</source>
        <translation>无法将此文件的格式识别为受支持的邮件客户端的设置。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>No mail accounts were found.</source>
        <translation>未找到任何邮件帐户。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found.</source>
        <translation>
            <numerusform>找到 %n 个帐户。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>发件人：%1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Reply-to: %1</source>
        <translation>答复地址：%1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>SMTP server: %1, port %2, security %3</source>
        <translation>SMTP 服务器：%1，端口 %2，加密方式 %3</translation>
    </message>
    <message>
        <source>Authentication: %1, user name: %2</source>
        <translation>身份验证：%1，用户名：%2</translation>
    </message>
    <message>
        <source>Incoming: %1 %2, user name: %3</source>
        <translation>传入：%1 %2，用户名：%3</translation>
    </message>
    <message>
        <source>Logs on to the incoming server before sending (POP before SMTP).</source>
        <translation>发送前先登录传入服务器 (POP before SMTP)。</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>读取自：%1</translation>
    </message>
    <message>
        <source>List the SMTP settings found in the mail clients here.</source>
        <translation>列出在此计算机上的邮件客户端中找到的 SMTP 设置。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Read one settings file of any supported client.</source>
        <translation>读取任一受支持客户端的单个设置文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Scan this folder as the home folder.</source>
        <translation>将此文件夹视为主目录进行扫描。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The mail payload &quot;%1&quot; leaves the outgoing server empty (it is asked for when the profile is installed).</source>
        <translation>邮件负载“%1”未填写传出服务器（需在安装描述文件时填写）。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; refers to an outgoing server that is not in the file.</source>
        <translation>帐户“%1”引用的传出服务器不在此文件中。</translation>
    </message>
    <message>
        <source>The file is too large to be a mail client&apos;s settings file.</source>
        <translation>文件太大，不可能是邮件客户端的设置文件。</translation>
    </message>
    <message>
        <source>This is not a property list with mail accounts.</source>
        <translation>这不是包含邮件帐户的属性列表。</translation>
    </message>
    <message>
        <source>The file contains invalid UTF-16 sequences.</source>
        <translation>文件包含无效的 UTF-16 序列。</translation>
    </message>
    <message>
        <source>The file contains binary data, not text settings.</source>
        <translation>文件包含二进制数据，而不是文本设置。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Latin-1.</source>
        <translation>文件不是有效的 UTF-8；已按 Latin-1 读取。</translation>
    </message>
    <message>
        <source>Line %1: a broken group header was skipped.</source>
        <translation>第 %1 行：已跳过损坏的组标题。</translation>
    </message>
    <message>
        <source>Line %1: a line without &quot;key=value&quot; was skipped.</source>
        <translation>第 %1 行：已跳过一行不是“key=value”格式的内容。</translation>
    </message>
    <message>
        <source>KMail transport &quot;%1&quot; is not an SMTP transport.</source>
        <translation>KMail 传输方式“%1”不是 SMTP 传输方式。</translation>
    </message>
    <message>
        <source>Identity &quot;%1&quot; refers to transport %2, which does not exist; the default transport is used.</source>
        <translation>身份“%1”引用的传输方式 %2 不存在；将使用默认传输方式。</translation>
    </message>
    <message>
        <source>This is not a KMail mailtransports or emailidentities file.</source>
        <translation>这不是 KMail 的 mailtransports 或 emailidentities 文件。</translation>
    </message>
    <message>
        <source>Identity %1 sends through transport %2, whose file was not found.</source>
        <translation>身份 %1 通过传输方式 %2 发送，但找不到其文件。</translation>
    </message>
    <message>
        <source>No Evolution source file could be read.</source>
        <translation>无法读取任何 Evolution 数据源文件。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; hands mail to the program &quot;%2&quot; instead of an SMTP server.</source>
        <translation>帐户“%1”将邮件交给程序“%2”处理，而不是 SMTP 服务器。</translation>
    </message>
    <message>
        <source>This is not a Claws Mail accountrc file.</source>
        <translation>这不是 Claws Mail 的 accountrc 文件。</translation>
    </message>
    <message>
        <source>Line %1: a line that is not an msmtp command was skipped.</source>
        <translation>第 %1 行：已跳过一行不是 msmtp 命令的内容。</translation>
    </message>
    <message>
        <source>Line %1: an account without a name was skipped.</source>
        <translation>第 %1 行：已跳过一个没有名称的帐户。</translation>
    </message>
    <message>
        <source>Line %1: a broken section header was skipped.</source>
        <translation>第 %1 行：已跳过损坏的节标题。</translation>
    </message>
    <message>
        <source>Line %1: a value outside any section was skipped.</source>
        <translation>第 %1 行：已跳过一个不属于任何节的值。</translation>
    </message>
    <message>
        <source>Line %1: a line that could not be read was skipped.</source>
        <translation>第 %1 行：已跳过一行无法读取的内容。</translation>
    </message>
    <message>
        <source>Outlook account &quot;%1&quot; has no SMTP server (an Exchange or Microsoft 365 account?).</source>
        <translation>Outlook 帐户“%1”没有 SMTP 服务器（可能是 Exchange 或 Microsoft 365 帐户？）。</translation>
    </message>
    <message>
        <source>prefs.js line %1: a statement that could not be read was skipped.</source>
        <translation>prefs.js 第 %1 行：已跳过一条无法读取的语句。</translation>
    </message>
    <message>
        <source>This is not a registry export (.reg) file.</source>
        <translation>这不是注册表导出 (.reg) 文件。</translation>
    </message>
    <message>
        <source>Line %1: a broken key header was skipped.</source>
        <translation>第 %1 行：已跳过损坏的项标题。</translation>
    </message>
    <message>
        <source>Line %1: a value outside any key was skipped.</source>
        <translation>第 %1 行：已跳过一个不属于任何项的值。</translation>
    </message>
    <message>
        <source>Line %1: a value that could not be read was skipped.</source>
        <translation>第 %1 行：已跳过一个无法读取的值。</translation>
    </message>
    <message>
        <source>Settings before the first &quot;account&quot; or &quot;defaults&quot; line are ignored by msmtp.</source>
        <translation>msmtp 会忽略第一个“account”或“defaults”行之前的设置。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; inherits from &quot;%2&quot;, which is not defined before it.</source>
        <translation>帐户“%1”继承自“%2”，但后者未在它之前定义。</translation>
    </message>
    <message>
        <source>This is not an msmtp configuration file.</source>
        <translation>这不是 msmtp 配置文件。</translation>
    </message>
    <message>
        <source>msmtp account &quot;%1&quot; has no host.</source>
        <translation>msmtp 帐户“%1”没有主机 (host)。</translation>
    </message>
    <message>
        <source>No smtp_url or from address was found in this Mutt/NeoMutt file.</source>
        <translation>在此 Mutt/NeoMutt 文件中找不到 smtp_url 或发件人 (from) 地址。</translation>
    </message>
    <message>
        <source>The smtp_url &quot;%1&quot; could not be read.</source>
        <translation>无法读取 smtp_url“%1”。</translation>
    </message>
    <message>
        <source>This is not a git configuration file.</source>
        <translation>这不是 git 配置文件。</translation>
    </message>
    <message>
        <source>git send-email hands mail to the program &quot;%1&quot; instead of an SMTP server.</source>
        <translation>git send-email 将邮件交给程序“%1”处理，而不是 SMTP 服务器。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Thunderbird prefs.js</source>
        <translation>Thunderbird prefs.js</translation>
    </message>
    <message>
        <source>Thunderbird profiles.ini</source>
        <translation>Thunderbird profiles.ini</translation>
    </message>
    <message>
        <source>Windows registry export (Outlook)</source>
        <translation>Windows 注册表导出文件 (Outlook)</translation>
    </message>
    <message>
        <source>Apple property list</source>
        <translation>Apple 属性列表</translation>
    </message>
    <message>
        <source>KMail mailtransports</source>
        <translation>KMail mailtransports</translation>
    </message>
    <message>
        <source>KMail emailidentities</source>
        <translation>KMail emailidentities</translation>
    </message>
    <message>
        <source>Evolution source</source>
        <translation>Evolution 数据源</translation>
    </message>
    <message>
        <source>Claws Mail accountrc</source>
        <translation>Claws Mail accountrc</translation>
    </message>
    <message>
        <source>msmtp configuration</source>
        <translation>msmtp 配置文件</translation>
    </message>
    <message>
        <source>Mutt/NeoMutt configuration</source>
        <translation>Mutt/NeoMutt 配置文件</translation>
    </message>
    <message>
        <source>git configuration</source>
        <translation>git 配置文件</translation>
    </message>
    <message>
        <source>This is not a Thunderbird prefs.js file.</source>
        <translation>这不是 Thunderbird 的 prefs.js 文件。</translation>
    </message>
    <message>
        <source>Outgoing server &quot;%1&quot; sends through %2, not SMTP.</source>
        <translation>传出服务器“%1”通过 %2 发送，而不是 SMTP。</translation>
    </message>
    <message>
        <source>Identity %1 refers to outgoing server &quot;%2&quot;, which does not exist; the default server is used.</source>
        <translation>身份 %1 引用的传出服务器“%2”不存在；将使用默认服务器。</translation>
    </message>
    <message>
        <source>Outgoing server name &quot;%1&quot; is not a valid host name.</source>
        <translation>传出服务器名称“%1”不是有效的主机名。</translation>
    </message>
    <message>
        <source>The autoconfig document is too large.</source>
        <translation>自动配置 (autoconfig) 文档太大。</translation>
    </message>
    <message>
        <source>This is not an autoconfig (clientConfig) document.</source>
        <translation>这不是自动配置 (clientConfig) 文档。</translation>
    </message>
    <message>
        <source>Settings of this mail client cannot be changed automatically; follow the instructions instead.</source>
        <translation>无法自动更改此邮件客户端的设置；请按照说明手动操作。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>无需更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>“%1”不是有效的服务器名称。</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>端口必须介于 1 和 65535 之间。</translation>
    </message>
    <message>
        <source>Choose a connection security: none, STARTTLS or SSL/TLS.</source>
        <translation>请选择连接加密方式：无、STARTTLS 或 SSL/TLS。</translation>
    </message>
    <message>
        <source>Unknown authentication method &quot;%1&quot;.</source>
        <translation>未知的身份验证方式“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>A value may not contain a line break.</source>
        <translation>值中不能包含换行符。</translation>
    </message>
    <message>
        <source>This client has no reply-to setting.</source>
        <translation>此客户端没有答复地址设置。</translation>
    </message>
    <message>
        <source>This account has no outgoing server entry to change.</source>
        <translation>此帐户没有可更改的传出服务器条目。</translation>
    </message>
    <message>
        <source>This entry is an outgoing server without an identity; there is no address to change.</source>
        <translation>此条目是没有身份的传出服务器；没有可更改的地址。</translation>
    </message>
    <message>
        <source>The KMail identities file was not found.</source>
        <translation>找不到 KMail 身份文件。</translation>
    </message>
    <message>
        <source>This old profile has no outgoing server entry for port, security or authentication.</source>
        <translation>此旧版配置文件中没有传出服务器的端口、加密或身份验证条目。</translation>
    </message>
    <message>
        <source>This outgoing server is not an SMTP server.</source>
        <translation>此传出服务器不是 SMTP 服务器。</translation>
    </message>
    <message>
        <source>The msmtp account &quot;%1&quot; was not found in the file.</source>
        <translation>在文件中找不到 msmtp 帐户“%1”。</translation>
    </message>
    <message>
        <source>The group [%1] was not found in the file.</source>
        <translation>在文件中找不到组 [%1]。</translation>
    </message>
    <message>
        <source>KMail transport %1 was not found.</source>
        <translation>找不到 KMail 传输方式 %1。</translation>
    </message>
    <message>
        <source>Thunderbird is running with this profile. Close Thunderbird and try again.</source>
        <translation>Thunderbird 正在使用此配置文件运行。请关闭 Thunderbird 后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>无法写入 %1 (%2)。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1 (%2)。</translation>
    </message>
    <message>
        <source>%1 is too large to be a settings file.</source>
        <translation>%1 太大，不可能是设置文件。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; it is left untouched.</source>
        <translation>%1 不是有效的 UTF-8；未对其做任何更改。</translation>
    </message>
    <message>
        <source>%1 is not a backup made by Outbox Doctor.</source>
        <translation>%1 不是 Outbox Doctor 创建的备份。</translation>
    </message>
    <message>
        <source>KMail or another KDE PIM program is running (process %1). Close KMail and Kontact and stop Akonadi (akonadictl stop), then try again: otherwise they would write their old settings back.</source>
        <translation>KMail 或其他 KDE PIM 程序正在运行（进程 %1）。请关闭 KMail 和 Kontact 并停止 Akonadi (akonadictl stop)，然后重试：否则它们会把旧设置写回去。</translation>
    </message>
    <message>
        <source>Thunderbird is running (process %1). Close Thunderbird and try again: it writes its settings back when it closes.</source>
        <translation>Thunderbird 正在运行（进程 %1）。请关闭 Thunderbird 后重试：它在关闭时会写回自己的设置。</translation>
    </message>
    <message>
        <source>%1 changed since it was read (another program wrote to it). Nothing was changed; read the settings again and retry.</source>
        <translation>%1 在读取之后已被更改（另一个程序写入了它）。没有做任何更改；请重新读取设置后重试。</translation>
    </message>
    <message>
        <source>The owner of %1 cannot be set (%2).</source>
        <translation>无法设置 %1 的所有者（%2）。</translation>
    </message>
    <message>
        <source>The permissions of %1 cannot be kept.</source>
        <translation>无法保留 %1 的权限。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be created (%2).</source>
        <translation>无法创建备份 %1（%2）。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written (%2).</source>
        <translation>无法写入备份 %1（%2）。</translation>
    </message>
    <message>
        <source>The permissions of the backup %1 cannot be set (%2).</source>
        <translation>无法设置备份 %1 的权限（%2）。</translation>
    </message>
    <message>
        <source>No free backup name beside %1.</source>
        <translation>%1 旁边没有可用的备份文件名。</translation>
    </message>
    <message>
        <source>The permissions of %1 cannot be kept (%2).</source>
        <translation>无法保留 %1 的权限（%2）。</translation>
    </message>
    <message>
        <source>%1 Putting the files back failed as well (%2); the earlier files are kept as %3.</source>
        <translation>%1 恢复文件也失败了（%2）；之前的文件已保存为 %3。</translation>
    </message>
    <message>
        <source>Another program wrote to %1 while it was being changed; its version is kept in %2. Read the settings again to check them.</source>
        <translation>在更改 %1 期间另一个程序写入了它；它的版本已保存在 %2 中。请重新读取设置进行检查。</translation>
    </message>
    <message>
        <source>Another program wrote to %1 while it was being changed, and its version could not be kept (%2).</source>
        <translation>在更改 %1 期间另一个程序写入了它，而且它的版本无法保留（%2）。</translation>
    </message>
    <message>
        <source>macOS keeps Mail&apos;s settings private. To let Outbox Doctor read them: open System Settings, then Privacy &amp; Security, then Full Disk Access (on macOS 12 and earlier: System Preferences, Security &amp; Privacy, Privacy tab, Full Disk Access); turn on Outbox Doctor, or add it with the + button; then quit Outbox Doctor and open it again. You can also enter the settings by hand.</source>
        <translation>macOS 会对“邮件”的设置保密。要让 Outbox Doctor 读取这些设置：打开“系统设置”，然后打开“隐私与安全性”，再打开“完全磁盘访问权限”（在 macOS 12 及更早版本中：“系统偏好设置”、“安全性与隐私”、“隐私”选项卡、“完全磁盘访问权限”）；打开 Outbox Doctor 的开关，或用 + 按钮添加它；然后退出 Outbox Doctor 并重新打开。你也可以手动输入设置。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing, so the accounts database cannot be read.</source>
        <translation>缺少 Qt 的 SQLite 驱动程序，因此无法读取帐户数据库。</translation>
    </message>
    <message>
        <source>%1 could not be copied for reading.</source>
        <translation>无法复制 %1 以供读取。</translation>
    </message>
    <message>
        <source>%1 is not a database that can be read: %2</source>
        <translation>%1 不是可读取的数据库：%2</translation>
    </message>
    <message>
        <source>%1 does not hold the accounts tables of macOS (%2).</source>
        <translation>%1 不包含 macOS 的帐户表 (%2)。</translation>
    </message>
    <message>
        <source>Apple Mail account &quot;%1&quot; names no outgoing server that is in the accounts database.</source>
        <translation>Apple 邮件帐户“%1”未指定帐户数据库中存在的传出服务器。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>无法读取文件夹 %1。</translation>
    </message>
    <message>
        <source>This is not a binary property list.</source>
        <translation>这不是二进制属性列表。</translation>
    </message>
    <message>
        <source>The binary property list is damaged (its trailer does not fit the file).</source>
        <translation>二进制属性列表已损坏（其尾部信息与文件不符）。</translation>
    </message>
    <message>
        <source>The binary property list is damaged (%1).</source>
        <translation>二进制属性列表已损坏 (%1)。</translation>
    </message>
    <message>
        <source>Outlook account &quot;%1&quot;: the value &quot;%2&quot; could not be read and was left out.</source>
        <translation>Outlook 帐户“%1”：无法读取值“%2”，已将其略过。</translation>
    </message>
    <message>
        <source>The new Outlook for Windows is used on this computer. It keeps its accounts with Microsoft, not in this computer&apos;s registry or files, so their outgoing server settings cannot be read here: only the accounts of classic Outlook are listed. To see a new Outlook account&apos;s settings, open the new Outlook and go to Settings &gt; Accounts &gt; Email accounts, then enter the outgoing server here by hand.</source>
        <translation>此计算机使用的是新版 Windows Outlook。它将帐户保存在 Microsoft 的服务中，而不是此计算机的注册表或文件中，因此无法在这里读取其传出服务器设置：只列出经典版 Outlook 的帐户。要查看新版 Outlook 帐户的设置，请打开新版 Outlook，转到“设置”&gt;“帐户”&gt;“电子邮件帐户”，然后在这里手动输入传出服务器。</translation>
    </message>
    <message>
        <source>The property list ends before it is complete (line %1).</source>
        <translation>属性列表在内容完整之前就结束了（第 %1 行）。</translation>
    </message>
    <message>
        <source>The property list is nested too deeply (line %1).</source>
        <translation>属性列表的嵌套层级过深（第 %1 行）。</translation>
    </message>
    <message>
        <source>The property list is not well-formed XML (line %1).</source>
        <translation>属性列表不是格式正确的 XML（第 %1 行）。</translation>
    </message>
    <message>
        <source>The autoconfig document is not well-formed XML (line %1).</source>
        <translation>自动配置 (autoconfig) 文档不是格式正确的 XML（第 %1 行）。</translation>
    </message>
    <message>
        <source>The autoconfig document ends before it is complete (line %1).</source>
        <translation>自动配置 (autoconfig) 文档在内容完整之前就结束了（第 %1 行）。</translation>
    </message>
</context>
<context>
    <name>od::ApplyChangesPanel</name>
    <message>
        <source>not set</source>
        <comment>a setting&apos;s value</comment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>password, any method</source>
        <comment>authentication</comment>
        <translation>密码，任意方式</translation>
    </message>
    <message>
        <source>password, PLAIN</source>
        <comment>authentication</comment>
        <translation>密码，PLAIN</translation>
    </message>
    <message>
        <source>password, LOGIN</source>
        <comment>authentication</comment>
        <translation>密码，LOGIN</translation>
    </message>
    <message>
        <source>encrypted password, CRAM-MD5</source>
        <comment>authentication</comment>
        <translation>加密的密码，CRAM-MD5</translation>
    </message>
    <message>
        <source>encrypted password, DIGEST-MD5</source>
        <comment>authentication</comment>
        <translation>加密的密码，DIGEST-MD5</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>答复地址</translation>
    </message>
    <message>
        <source>• %1: %2 → %3</source>
        <comment>a setting: its old value → its new value</comment>
        <translation>• %1：%2 → %3</translation>
    </message>
    <message>
        <source>Changed in %1:</source>
        <translation>已在 %1 中更改：</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Backup of the file as it was: %1</source>
        <translation>文件原样的备份：%1</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>无法撤消更改：%1</translation>
    </message>
    <message>
        <source>Nothing was changed in %1: %2</source>
        <translation>未在 %1 中进行任何更改：%2</translation>
    </message>
    <message>
        <source>Undone: %1 is as it was before, restored from %2.</source>
        <translation>已撤消：%1 已恢复原样，是从 %2 还原的。</translation>
    </message>
    <message>
        <source>Change the settings for me</source>
        <translation>替我更改设置</translation>
    </message>
    <message>
        <source>Outbox Doctor can make these changes in the settings file of %1 for you. It keeps a copy of the file as a backup, and never writes your password into it: enter it in %1 if it asks.</source>
        <translation>Outbox Doctor 可以替你在 %1 的设置文件中进行这些更改。它会保留一份文件副本作为备份，并且绝不会将你的密码写入文件：如果 %1 要求输入密码，请在其中输入。</translation>
    </message>
    <message>
        <source>What changes in %1:</source>
        <translation>%1 中将更改的内容：</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>所在文件：%1</translation>
    </message>
    <message>
        <source>Outbox Doctor cannot change this for you: %1 Follow the instructions below instead.</source>
        <translation>Outbox Doctor 无法替你更改此设置：%1请改为按照下方的说明操作。</translation>
    </message>
    <message>
        <source>Change these settings in %1 for &amp;me</source>
        <translation>替我在 %1 中更改这些设置(&amp;M)</translation>
    </message>
    <message>
        <source>Change these settings in %1 for me</source>
        <translation>替我在 %1 中更改这些设置</translation>
    </message>
    <message>
        <source>Close %1 first. A backup of its settings file is kept.</source>
        <translation>请先关闭 %1。其设置文件会保留一份备份。</translation>
    </message>
    <message>
        <source>&amp;Undo the change</source>
        <translation>撤消更改(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the change to the settings of %1</source>
        <translation>撤消对 %1 设置的更改</translation>
    </message>
    <message>
        <source>the file already has these settings.</source>
        <translation>文件中已有这些设置。</translation>
    </message>
    <message>
        <source>The account is no longer in %1.</source>
        <translation>%1 中已没有此帐户。</translation>
    </message>
</context>
<context>
    <name>od::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>%1 的证书</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer cannot verify.</source>
        <translation>服务器 %1 出示的证书无法在此计算机上验证。</translation>
    </message>
    <message>
        <source>Warning: this certificate was not issued for %1. This is what it looks like when someone on this network intercepts your connection, for example a hotel&apos;s or a company&apos;s filter. Do not trust it unless your provider confirms this fingerprint.</source>
        <translation>警告：此证书不是为 %1 颁发的。当此网络中有人拦截你的连接时（例如酒店或公司的过滤设备），就会出现这种情况。除非你的服务提供商确认了此指纹，否则不要信任它。</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Issued to:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Names:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Issued by:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Valid from:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Valid until:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256 fingerprint:&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <comment>certificate details; keep the HTML tags</comment>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;颁发给：&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;名称：&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;颁发者：&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;有效期自：&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;有效期至：&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256 指纹：&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>What is wrong with it:</source>
        <translation>存在的问题：</translation>
    </message>
    <message>
        <source>If you trust it, Outbox Doctor tests with this exact certificate (recognised by its fingerprint) until you close the program. Your mail program is not changed. If you cannot check the fingerprint with your provider, choose &quot;Do not trust&quot;: your password could otherwise be read by whoever runs this connection.</source>
        <translation>如果你信任此证书，在你关闭程序之前，Outbox Doctor 都会在测试中接受这一特定证书（按指纹识别）。你的邮件程序不会被更改。如果你无法向服务提供商核实此指纹，请选择“不信任”：否则，运营此连接的人可能会读取你的密码。</translation>
    </message>
    <message>
        <source>&amp;Trust for this test only</source>
        <translation>仅在本次测试中信任(&amp;T)</translation>
    </message>
    <message>
        <source>Trust this certificate for this test only</source>
        <translation>仅在本次测试中信任此证书</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>不信任(&amp;D)</translation>
    </message>
    <message>
        <source>Do not trust this certificate</source>
        <translation>不信任此证书</translation>
    </message>
</context>
<context>
    <name>od::Cli</name>
    <message>
        <source>Usage: %1 [probe|decode|accounts] [options]

Without a command the troubleshooting wizard opens.

  probe      test an SMTP account and explain the result
  decode     explain a pasted error message or bounce
  accounts   list the SMTP settings of the mail programs on this computer

Add --help after a command for its options.
Exit status: 0 mail would go through, 1 a problem was found, 2 usage or input error, 3 internal error.
</source>
        <translation>用法：%1 [probe|decode|accounts] [选项]

不带命令时将打开故障排除向导。

  probe      测试 SMTP 帐户并解释结果
  decode     解释粘贴的错误消息或退信
  accounts   列出此计算机上邮件程序的 SMTP 设置

在命令后加上 --help 可查看其选项。
退出状态：0 邮件可以发出，1 发现问题，2 用法或输入错误，3 内部错误。
</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2</source>
        <translation>未知的语言“%1”；可用语言：%2</translation>
    </message>
    <message>
        <source>No graphical display (DISPLAY and WAYLAND_DISPLAY are not set): the wizard cannot open. Run &quot;%1 --help&quot; for the command line.</source>
        <translation>没有图形显示（未设置 DISPLAY 和 WAYLAND_DISPLAY）：无法打开向导。运行“%1 --help”查看命令行用法。</translation>
    </message>
    <message>
        <source>The graphical display %1 cannot be reached: the wizard cannot open. Run &quot;%2 --help&quot; for the command line.</source>
        <translation>无法连接图形显示 %1：无法打开向导。运行“%2 --help”查看命令行用法。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知的命令“%1”。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>未知的选项“%1”。</translation>
    </message>
</context>
<context>
    <name>od::ClientInstructions</name>
    <message>
        <source>Outlook (classic)</source>
        <translation>经典 Outlook</translation>
    </message>
    <message>
        <source>New Outlook / Windows Mail</source>
        <translation>新版 Outlook / Windows 邮件</translation>
    </message>
    <message>
        <source>Apple Mail</source>
        <translation>Apple 邮件</translation>
    </message>
    <message>
        <source>Another mail program</source>
        <comment>mail client</comment>
        <translation>其他邮件程序</translation>
    </message>
    <message>
        <source>Tick &quot;My outgoing server (SMTP) requires authentication&quot; and choose &quot;Use same settings as my incoming mail server&quot; (or enter the user name and password below).</source>
        <translation>勾选“我的发送服务器(SMTP)要求验证”，并选择“使用与接收邮件服务器相同的设置”（或在下方输入用户名和密码）。</translation>
    </message>
    <message>
        <source>Click OK, then Next, and Done when the test succeeds.</source>
        <translation>单击“确定”，然后单击“下一步”，测试成功后单击“完成”。</translation>
    </message>
    <message>
        <source>Replace &quot;Outgoing mail server (SMTP)&quot; with the server shown below.</source>
        <translation>将“发送邮件服务器(SMTP)”替换为下方所示的服务器。</translation>
    </message>
    <message>
        <source>On the Outgoing Server tab tick &quot;My outgoing server (SMTP) requires authentication&quot; and choose &quot;Log on to incoming mail server before sending mail&quot;.</source>
        <translation>在“发送服务器”选项卡上勾选“我的发送服务器(SMTP)要求验证”，并选择“发送邮件前请先登录到接收邮件服务器”。</translation>
    </message>
    <message>
        <source>Click OK, then Next, and Done.</source>
        <translation>单击“确定”，然后单击“下一步”和“完成”。</translation>
    </message>
    <message>
        <source>Click Next and Done.</source>
        <translation>单击“下一步”，然后单击“完成”。</translation>
    </message>
    <message>
        <source>Open Settings (the gear icon), then Accounts, then Email accounts.</source>
        <translation>打开“设置”（齿轮图标），然后依次选择“帐户”和“电子邮件帐户”。</translation>
    </message>
    <message>
        <source>Click Manage next to the account (Windows Mail: Manage accounts, the account, then &quot;Change mailbox sync settings&quot; and &quot;Advanced mailbox settings&quot;).</source>
        <translation>单击该帐户旁边的“管理”（Windows 邮件：“管理帐户”，选择该帐户，然后选择“更改邮箱同步设置”和“高级邮箱设置”）。</translation>
    </message>
    <message>
        <source>Turn on &quot;Outgoing server requires authentication&quot; and &quot;Use the same user name and password for sending email&quot;.</source>
        <translation>打开“传出服务器要求身份验证”和“发送电子邮件时使用相同的用户名和密码”。</translation>
    </message>
    <message>
        <source>Enter the outgoing server with its port as shown below (for example server:587) and turn on &quot;Require SSL for outgoing email&quot;.</source>
        <translation>按下方所示输入传出服务器及其端口（例如 server:587），并打开“传出电子邮件需要 SSL”。</translation>
    </message>
    <message>
        <source>Save, and send yourself a test message.</source>
        <translation>保存，然后给自己发送一封测试邮件。</translation>
    </message>
    <message>
        <source>Open Settings (the gear icon), then Accounts, then Email accounts, and click Manage next to the account.</source>
        <translation>打开“设置”（齿轮图标），依次选择“帐户”和“电子邮件帐户”，然后单击该帐户旁边的“管理”。</translation>
    </message>
    <message>
        <source>Open the advanced mailbox settings and replace the outgoing (SMTP) email server with the one shown below.</source>
        <translation>打开高级邮箱设置，将传出 (SMTP) 电子邮件服务器替换为下方所示的服务器。</translation>
    </message>
    <message>
        <source>This program has no setting to check incoming mail before sending.</source>
        <translation>此程序没有“发送前先检查传入邮件”的设置。</translation>
    </message>
    <message>
        <source>Click &quot;Sync&quot; (or Send/Receive) to fetch your mail, then send within a few minutes.</source>
        <translation>单击“同步”（或“发送/接收”）收取邮件，然后在几分钟内发送。</translation>
    </message>
    <message>
        <source>If that is not reliable, ask your provider for a login for the outgoing server instead.</source>
        <translation>如果这样做不可靠，请向你的服务提供商申请传出服务器的登录帐户。</translation>
    </message>
    <message>
        <source>Remove the account and add it again with the e-mail address shown below: these programs do not let you change the address of an account.</source>
        <translation>删除该帐户，然后使用下方所示的电子邮件地址重新添加：这些程序不允许更改帐户的地址。</translation>
    </message>
    <message>
        <source>Send yourself a test message.</source>
        <translation>给自己发送一封测试邮件。</translation>
    </message>
    <message>
        <source>Open the ≡ menu and choose Account Settings.</source>
        <translation>打开 ≡ 菜单，选择“账户设置”。</translation>
    </message>
    <message>
        <source>Click &quot;Outgoing Server (SMTP)&quot; at the bottom of the list on the left.</source>
        <translation>单击左侧列表底部的“发件服务器 (SMTP)”。</translation>
    </message>
    <message>
        <source>Click OK. Thunderbird asks for the password the next time you send.</source>
        <translation>单击“确定”。下次发送时，Thunderbird 会要求你输入密码。</translation>
    </message>
    <message>
        <source>Click the account&apos;s name in the list and choose the new server under &quot;Outgoing Server (SMTP)&quot;.</source>
        <translation>在列表中单击该帐户的名称，然后在“发件服务器 (SMTP)”下选择新服务器。</translation>
    </message>
    <message>
        <source>Thunderbird has no setting to check incoming mail before sending.</source>
        <translation>Thunderbird 没有“发送前先检查传入邮件”的设置。</translation>
    </message>
    <message>
        <source>Click Get Messages first, then send within a few minutes.</source>
        <translation>先单击“收取”按钮收取新消息，然后在几分钟内发送。</translation>
    </message>
    <message>
        <source>Click the account&apos;s name in the list on the left.</source>
        <translation>单击左侧列表中该帐户的名称。</translation>
    </message>
    <message>
        <source>Replace &quot;Email Address&quot; with the address shown below; correct &quot;Reply-to Address&quot; too if you use one.</source>
        <translation>将“电子邮件地址”替换为下方所示的地址；如果你使用“回复地址”，也请一并更正。</translation>
    </message>
    <message>
        <source>Close the settings tab.</source>
        <translation>关闭设置标签页。</translation>
    </message>
    <message>
        <source>Choose Mail &gt; Settings (Preferences on older macOS), then Accounts.</source>
        <translation>选择“邮件”&gt;“设置”（较早版本的 macOS 中为“偏好设置”），然后选择“账户”。</translation>
    </message>
    <message>
        <source>Select the account and open Server Settings.</source>
        <translation>选择该帐户，然后打开“服务器设置”。</translation>
    </message>
    <message>
        <source>Under Outgoing Mail Account, untick &quot;Automatically manage connection settings&quot;.</source>
        <translation>在“发件服务器 (SMTP)”下，取消勾选“自动管理连接设置”。</translation>
    </message>
    <message>
        <source>Click Save.</source>
        <translation>单击“存储”。</translation>
    </message>
    <message>
        <source>Choose Mail &gt; Settings (Preferences on older macOS), then Accounts, and select the account.</source>
        <translation>选择“邮件”&gt;“设置”（较早版本的 macOS 中为“偏好设置”），然后选择“账户”，并选择该帐户。</translation>
    </message>
    <message>
        <source>Add the server shown below with its port, encryption and login, then click OK.</source>
        <translation>添加下方所示的服务器及其端口、加密方式和登录信息，然后单击“好”。</translation>
    </message>
    <message>
        <source>Choose the new server as Outgoing Mail Account and click Save.</source>
        <translation>在“发件服务器 (SMTP)”中选择新服务器，然后单击“存储”。</translation>
    </message>
    <message>
        <source>Apple Mail has no setting to check incoming mail before sending.</source>
        <translation>Apple 邮件没有“发送前先检查传入邮件”的设置。</translation>
    </message>
    <message>
        <source>Click Get Mail (the envelope) first, then send within a few minutes.</source>
        <translation>先单击“收取新邮件”按钮（信封图标），然后在几分钟内发送。</translation>
    </message>
    <message>
        <source>Choose it as the account&apos;s address.</source>
        <translation>将其选为该帐户的地址。</translation>
    </message>
    <message>
        <source>On the General tab tick &quot;Server requires authentication&quot; and enter the login and password.</source>
        <translation>在“常规”选项卡上勾选“服务器要求身份验证”，并输入登录名和密码。</translation>
    </message>
    <message>
        <source>Click OK.</source>
        <translation>单击“确定”。</translation>
    </message>
    <message>
        <source>Select it and click Set Default, or choose it in the identity&apos;s Advanced settings.</source>
        <translation>选择它并单击“设为默认”，或在身份的“高级”设置中选择它。</translation>
    </message>
    <message>
        <source>KMail has no setting to check incoming mail before sending.</source>
        <translation>KMail 没有“发送前先检查传入邮件”的设置。</translation>
    </message>
    <message>
        <source>Click Check Mail first, then send within a few minutes.</source>
        <translation>先单击“检查邮件”，然后在几分钟内发送。</translation>
    </message>
    <message>
        <source>Replace &quot;Email address&quot; with the address shown below; correct the reply-to address on the Advanced tab if you use one.</source>
        <translation>将“电子邮件地址”替换为下方所示的地址；如果你使用答复地址，请在“高级”选项卡上一并更正。</translation>
    </message>
    <message>
        <source>Choose Edit &gt; Accounts, select the account and click Edit.</source>
        <translation>选择“编辑”&gt;“账户”，选择该帐户，然后单击“编辑”。</translation>
    </message>
    <message>
        <source>Open Sending Email.</source>
        <translation>打开“发送邮件”。</translation>
    </message>
    <message>
        <source>Open Sending Email and replace Server with the one shown below, with its port and encryption.</source>
        <translation>打开“发送邮件”，将“服务器”替换为下方所示的服务器及其端口和加密方式。</translation>
    </message>
    <message>
        <source>Open Sending Email and, under Authentication, choose &quot;POP before SMTP&quot; as the type.</source>
        <translation>打开“发送邮件”，在“认证”下将类型选为“POP before SMTP”。</translation>
    </message>
    <message>
        <source>Open Identity and replace &quot;Email Address&quot; with the address shown below; correct &quot;Reply To&quot; too if you use one.</source>
        <translation>打开“身份”，将“电子邮件地址”替换为下方所示的地址；如果你使用“回复至”，也请一并更正。</translation>
    </message>
    <message>
        <source>Open your mail program&apos;s account settings and find the outgoing (SMTP) server.</source>
        <translation>打开邮件程序的帐户设置，找到传出 (SMTP) 服务器。</translation>
    </message>
    <message>
        <source>Turn on &quot;authentication&quot; (also called &quot;My server requires login&quot;) and enter the user name and password shown below.</source>
        <translation>打开“身份验证”（也可能叫“我的服务器要求登录”），并输入下方所示的用户名和密码。</translation>
    </message>
    <message>
        <source>Set the port and the encryption (STARTTLS or SSL/TLS) shown below.</source>
        <translation>设置下方所示的端口和加密方式（STARTTLS 或 SSL/TLS）。</translation>
    </message>
    <message>
        <source>Save and send yourself a test message.</source>
        <translation>保存，然后给自己发送一封测试邮件。</translation>
    </message>
    <message>
        <source>Replace it with the server shown below, with its port and encryption.</source>
        <translation>将其替换为下方所示的服务器及其端口和加密方式。</translation>
    </message>
    <message>
        <source>Look for a setting called &quot;POP before SMTP&quot; or &quot;Check mail before sending&quot; in the outgoing server settings and turn it on.</source>
        <translation>在传出服务器设置中查找名为“POP before SMTP”或“发送前检查邮件”的设置，并将其打开。</translation>
    </message>
    <message>
        <source>Without such a setting, fetch your mail first and send within a few minutes.</source>
        <translation>如果没有这样的设置，请先收取邮件，然后在几分钟内发送。</translation>
    </message>
    <message>
        <source>Ask your provider for a login for the outgoing server if this is not reliable.</source>
        <translation>如果这样做不可靠，请向你的服务提供商申请传出服务器的登录帐户。</translation>
    </message>
    <message>
        <source>Open your mail program&apos;s account or identity settings.</source>
        <translation>打开邮件程序的帐户或身份设置。</translation>
    </message>
    <message>
        <source>Replace the e-mail (From) address with the one shown below; correct the reply-to address too if you use one.</source>
        <translation>将电子邮件（发件人）地址替换为下方所示的地址；如果你使用答复地址，也请一并更正。</translation>
    </message>
    <message>
        <source>Enter the &quot;User Name&quot;, the password and the &quot;Port&quot;, and set &quot;Use TLS/SSL&quot; and &quot;Authentication&quot; as shown below.</source>
        <translation>填写“用户名”、密码和“端口”，并按下方所示设置“使用 TLS/SSL”和“鉴定”。</translation>
    </message>
    <message>
        <source>Open Server Settings, open the Outgoing Mail Account menu and choose &quot;Edit SMTP Server List&quot;.</source>
        <translation>打开“服务器设置”，打开“发件帐户”菜单，然后选择“编辑 SMTP 服务器列表”。</translation>
    </message>
    <message>
        <source>On Account Information, open the Email Address menu, choose &quot;Edit Email Addresses&quot; and add the address shown below.</source>
        <translation>在“账户信息”中，打开“电子邮件地址”菜单，选择“编辑电子邮件地址”，然后添加下方所示的地址。</translation>
    </message>
    <message>
        <source>Enter the &quot;Port&quot;, choose the &quot;Encryption method&quot; shown below, and tick &quot;Server requires authentication&quot;.</source>
        <translation>填写“端口”，选择下方所示的“加密方法”，并勾选“服务器需要认证”。</translation>
    </message>
    <message>
        <source>Under &quot;Authentication&quot;, choose the type shown below (or click &quot;Check for Supported Types&quot;) and enter the &quot;Username&quot;.</source>
        <translation>在“认证”下选择下方所示的类型（或单击“检查支持的类型”），并填写“用户名”。</translation>
    </message>
    <message>
        <source>Choose Settings &gt; Configure KMail, then Accounts, and the Sending tab.</source>
        <translation>选择“设置”&gt;“配置 KMail”，然后选择“账户”和“发送”选项卡。</translation>
    </message>
    <message>
        <source>Select the outgoing account and click &quot;Modify&quot;.</source>
        <translation>选择传出帐户，然后单击“修改”。</translation>
    </message>
    <message>
        <source>On the Advanced tab set &quot;Encryption&quot;, &quot;Port&quot; and &quot;Authentication&quot; as shown below.</source>
        <translation>在“高级”选项卡上按下方所示设置“加密”、“端口”和“认证”。</translation>
    </message>
    <message>
        <source>Click &quot;Add&quot;, choose SMTP Server, and enter the server, port and encryption shown below.</source>
        <translation>单击“添加”，选择“SMTP 服务器”，然后输入下方所示的服务器、端口和加密方式。</translation>
    </message>
    <message>
        <source>Choose Settings &gt; Configure KMail, then Accounts, and the Identities tab.</source>
        <translation>选择“设置”&gt;“配置 KMail”，然后选择“账户”和“身份”选项卡。</translation>
    </message>
    <message>
        <source>Select the identity and click &quot;Modify&quot;.</source>
        <translation>选择该身份，然后单击“修改”。</translation>
    </message>
    <message>
        <source>Click File, then Account Settings, and Account Settings again.</source>
        <translation>单击“文件”，然后单击“帐户设置”，再单击“帐户设置”。</translation>
    </message>
    <message>
        <source>Select the account on the Email tab and click &quot;Change&quot;.</source>
        <translation>在“电子邮件”选项卡上选择该帐户，然后单击“更改”。</translation>
    </message>
    <message>
        <source>Click &quot;More Settings&quot; and open the &quot;Outgoing Server&quot; tab.</source>
        <translation>单击“其他设置”，然后打开“发送服务器”选项卡。</translation>
    </message>
    <message>
        <source>Open the &quot;Advanced&quot; tab and set &quot;Outgoing server (SMTP)&quot; and &quot;Use the following type of encrypted connection&quot; as shown below.</source>
        <translation>打开“高级”选项卡，按下方所示设置“发送服务器(SMTP)”和“使用以下加密连接类型”。</translation>
    </message>
    <message>
        <source>Click &quot;More Settings&quot;, open the &quot;Advanced&quot; tab and set the port and encryption shown below.</source>
        <translation>单击“其他设置”，打开“高级”选项卡，并设置下方所示的端口和加密方式。</translation>
    </message>
    <message>
        <source>Select the account on the Email tab and click &quot;Change&quot;, then &quot;More Settings&quot;.</source>
        <translation>在“电子邮件”选项卡上选择该帐户，单击“更改”，然后单击“其他设置”。</translation>
    </message>
    <message>
        <source>Replace &quot;Email Address&quot; with the address shown below. If you use a separate reply address, click &quot;More Settings&quot; and correct &quot;Reply E-mail&quot; on the General tab.</source>
        <translation>将“电子邮件地址”替换为下方所示的地址。如果你使用单独的答复地址，请单击“其他设置”，并在“常规”选项卡上更正“答复电子邮件”。</translation>
    </message>
    <message>
        <source>Select the server the account uses and click &quot;Edit&quot;.</source>
        <translation>选择该帐户使用的服务器，然后单击“编辑”。</translation>
    </message>
    <message>
        <source>Set &quot;Port&quot;, &quot;Connection security&quot; and &quot;Authentication method&quot; as shown below, and enter the &quot;User Name&quot;.</source>
        <translation>按下方所示设置“端口”、“连接安全”和“验证方式”，并填写“用户名”。</translation>
    </message>
    <message>
        <source>Click &quot;Outgoing Server (SMTP)&quot; at the bottom of the list on the left, then &quot;Add&quot;.</source>
        <translation>单击左侧列表底部的“发件服务器 (SMTP)”，然后单击“添加”。</translation>
    </message>
    <message>
        <source>Enter the &quot;Server Name&quot;, &quot;Port&quot; and &quot;Connection security&quot; shown below and click OK.</source>
        <translation>按下方所示填写“服务器名称”、“端口”和“连接安全”，然后单击“确定”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field of the mail program&apos;s settings: the value to enter</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2, unless this server&apos;s owner gave you a login</source>
        <comment>a field of the mail program&apos;s settings: the value to enter</comment>
        <translation>%1：%2，除非该服务器的所有者给了你登录信息</translation>
    </message>
    <message>
        <source>Choose Configuration &gt; Edit accounts, select the account and click &quot;Edit&quot;.</source>
        <translation>选择“Configuration”（配置）&gt;“Edit accounts”（编辑帐户），选择该帐户，然后单击“Edit”（编辑）。</translation>
    </message>
    <message>
        <source>On the Send page tick &quot;SMTP Authentication (SMTP AUTH)&quot;, choose the &quot;Authentication method&quot; shown below and enter the &quot;User ID&quot; and password.</source>
        <translation>在“Send”（发送）页面上勾选“SMTP Authentication (SMTP AUTH)”（SMTP 身份验证），选择下方所示的“Authentication method”（验证方式），然后输入“User ID”（用户 ID）和密码。</translation>
    </message>
    <message>
        <source>On the TLS page (SSL/TLS in older versions), under &quot;Send (SMTP)&quot;, choose the option shown below.</source>
        <translation>在“TLS”页面（旧版本中为“SSL/TLS”）的“Send (SMTP)”（发送 (SMTP)）下，选择下方所示的选项。</translation>
    </message>
    <message>
        <source>On the Advanced page tick &quot;SMTP port&quot; and enter the port shown below.</source>
        <translation>在“Advanced”（高级）页面上勾选“SMTP port”（SMTP 端口），然后输入下方所示的端口。</translation>
    </message>
    <message>
        <source>On the Basic page replace &quot;SMTP server (send)&quot; with the server shown below.</source>
        <translation>在“Basic”（基本）页面上，将“SMTP server (send)”（SMTP 服务器，用于发送）替换为下方所示的服务器。</translation>
    </message>
    <message>
        <source>Set the port on the Advanced page (&quot;SMTP port&quot;) and the encryption on the TLS page (&quot;Send (SMTP)&quot;) as shown below.</source>
        <translation>按下方所示，在“Advanced”（高级）页面的“SMTP port”（SMTP 端口）中设置端口，并在“TLS”页面的“Send (SMTP)”（发送 (SMTP)）下设置加密方式。</translation>
    </message>
    <message>
        <source>On the Send page tick &quot;Authenticate with POP before sending&quot;.</source>
        <translation>在“Send”（发送）页面上勾选“Authenticate with POP before sending”（发送前先通过 POP 进行身份验证）。</translation>
    </message>
    <message>
        <source>On the Basic page replace &quot;Mail address&quot; with the address shown below; correct the Reply-To address on the Compose page too if you set one.</source>
        <translation>在“Basic”（基本）页面上，将“Mail address”（邮件地址）替换为下方所示的地址；如果你在“Compose”（撰写）页面上设置了“Reply-To”（答复地址），也请一并更正。</translation>
    </message>
</context>
<context>
    <name>od::ClientTerms</name>
    <message>
        <source>Host Name</source>
        <comment>Apple Mail field</comment>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>Apple Mail field</comment>
        <translation>端口</translation>
    </message>
    <message>
        <source>Use TLS/SSL</source>
        <comment>Apple Mail field</comment>
        <translation>使用 TLS/SSL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>Apple Mail field</comment>
        <translation>鉴定</translation>
    </message>
    <message>
        <source>User Name</source>
        <comment>Apple Mail field</comment>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Apple Mail field</comment>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>Apple Mail value of Use TLS/SSL</comment>
        <translation>关</translation>
    </message>
    <message>
        <source>On</source>
        <comment>Apple Mail value of Use TLS/SSL</comment>
        <translation>开</translation>
    </message>
    <message>
        <source>None</source>
        <comment>Apple Mail value of Authentication</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>Apple Mail value of Authentication</comment>
        <translation>密码</translation>
    </message>
    <message>
        <source>MD5 Challenge-Response</source>
        <comment>Apple Mail value of Authentication</comment>
        <translation>MD5 质询-响应</translation>
    </message>
    <message>
        <source>OAuth</source>
        <comment>Apple Mail value of Authentication</comment>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>Evolution field</comment>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>Evolution field</comment>
        <translation>端口</translation>
    </message>
    <message>
        <source>Encryption method</source>
        <comment>Evolution field</comment>
        <translation>加密方法</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>Evolution field</comment>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>Username</source>
        <comment>Evolution field</comment>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Evolution field</comment>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>No encryption</source>
        <comment>Evolution value of Encryption method</comment>
        <translation>不加密</translation>
    </message>
    <message>
        <source>STARTTLS after connecting</source>
        <comment>Evolution value of Encryption method</comment>
        <translation>连接后进行 STARTTLS</translation>
    </message>
    <message>
        <source>TLS on a dedicated port</source>
        <comment>Evolution value of Encryption method</comment>
        <translation>专用端口上的 TLS</translation>
    </message>
    <message>
        <source>None (untick &quot;Server requires authentication&quot;)</source>
        <comment>Evolution value of Authentication</comment>
        <translation>无（取消勾选“服务器需要认证”）</translation>
    </message>
    <message>
        <source>PLAIN</source>
        <comment>Evolution value of Authentication</comment>
        <translation>PLAIN</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <comment>Evolution value of Authentication</comment>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>Evolution value of Authentication</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <comment>generic field</comment>
        <translation>传出服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>generic field</comment>
        <translation>端口</translation>
    </message>
    <message>
        <source>Encryption</source>
        <comment>generic field</comment>
        <translation>加密</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>generic field</comment>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>User name</source>
        <comment>generic field</comment>
        <translation>用户名</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <comment>generic field</comment>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <comment>generic value of Encryption</comment>
        <translation>无（不加密）</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>generic value of Encryption</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <comment>generic value of Encryption</comment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>No login</source>
        <comment>generic value of Authentication</comment>
        <translation>不登录</translation>
    </message>
    <message>
        <source>Normal password</source>
        <comment>generic value of Authentication</comment>
        <translation>普通密码</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <comment>generic value of Authentication</comment>
        <translation>加密的密码</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>generic value of Authentication</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Outgoing mail server</source>
        <comment>KMail field</comment>
        <translation>外发邮件服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>KMail field</comment>
        <translation>端口</translation>
    </message>
    <message>
        <source>Encryption</source>
        <comment>KMail field</comment>
        <translation>加密</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>KMail field</comment>
        <translation>验证方式</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>KMail field</comment>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Email address</source>
        <comment>KMail field</comment>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>None</source>
        <comment>KMail value of Encryption</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>KMail value of Encryption</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <comment>KMail value of Encryption</comment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>None (untick &quot;Server requires authentication&quot;)</source>
        <comment>KMail value of Authentication</comment>
        <translation>无（取消勾选“服务器要求身份认证”）</translation>
    </message>
    <message>
        <source>PLAIN</source>
        <comment>KMail value of Authentication</comment>
        <translation>PLAIN</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <comment>KMail value of Authentication</comment>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>XOAUTH2</source>
        <comment>KMail value of Authentication</comment>
        <translation>XOAUTH2</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <comment>New Outlook field</comment>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>New Outlook field</comment>
        <translation>端口</translation>
    </message>
    <message>
        <source>Secure connection type</source>
        <comment>New Outlook field</comment>
        <translation>安全连接类型</translation>
    </message>
    <message>
        <source>Outgoing server requires authentication</source>
        <comment>New Outlook field</comment>
        <translation>发送服务器要求身份验证</translation>
    </message>
    <message>
        <source>SMTP username</source>
        <comment>New Outlook field</comment>
        <translation>SMTP 用户名</translation>
    </message>
    <message>
        <source>Email address</source>
        <comment>New Outlook field</comment>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>None</source>
        <comment>New Outlook value of Secure connection type</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>New Outlook value of Secure connection type</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <comment>New Outlook value of Secure connection type</comment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>New Outlook value of Outgoing server requires authentication</comment>
        <translation>关</translation>
    </message>
    <message>
        <source>On</source>
        <comment>New Outlook value of Outgoing server requires authentication</comment>
        <translation>开</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>New Outlook value of Outgoing server requires authentication</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <comment>Outlook field</comment>
        <translation>发送邮件服务器(SMTP)</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <comment>Outlook field</comment>
        <translation>发送服务器(SMTP)</translation>
    </message>
    <message>
        <source>Use the following type of encrypted connection</source>
        <comment>Outlook field</comment>
        <translation>使用以下加密连接类型</translation>
    </message>
    <message>
        <source>My outgoing server (SMTP) requires authentication</source>
        <comment>Outlook field</comment>
        <translation>我的发送服务器(SMTP)要求验证</translation>
    </message>
    <message>
        <source>User Name</source>
        <comment>Outlook field</comment>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Outlook field</comment>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>None</source>
        <comment>Outlook value of Use the following type of encrypted connection</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>Outlook value of Use the following type of encrypted connection</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <comment>Outlook value of Use the following type of encrypted connection</comment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <comment>Outlook value of My outgoing server (SMTP) requires authentication</comment>
        <translation>不勾选</translation>
    </message>
    <message>
        <source>Use same settings as my incoming mail server</source>
        <comment>Outlook value of My outgoing server (SMTP) requires authentication</comment>
        <translation>使用与接收邮件服务器相同的设置</translation>
    </message>
    <message>
        <source>Require logon using Secure Password Authentication (SPA)</source>
        <comment>Outlook value of My outgoing server (SMTP) requires authentication</comment>
        <translation>要求使用安全密码验证(SPA)登录</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>Outlook value of My outgoing server (SMTP) requires authentication</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Server Name</source>
        <comment>Thunderbird field</comment>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>Thunderbird field</comment>
        <translation>端口</translation>
    </message>
    <message>
        <source>Connection security</source>
        <comment>Thunderbird field</comment>
        <translation>连接安全</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <comment>Thunderbird field</comment>
        <translation>验证方式</translation>
    </message>
    <message>
        <source>User Name</source>
        <comment>Thunderbird field</comment>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Email Address</source>
        <comment>Thunderbird field</comment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>None</source>
        <comment>Thunderbird value of Connection security</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>Thunderbird value of Connection security</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <comment>Thunderbird value of Connection security</comment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>No authentication</source>
        <comment>Thunderbird value of Authentication method</comment>
        <translation>无须验证</translation>
    </message>
    <message>
        <source>Normal password</source>
        <comment>Thunderbird value of Authentication method</comment>
        <translation>普通密码</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <comment>Thunderbird value of Authentication method</comment>
        <translation>加密的密码</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>Thunderbird value of Authentication method</comment>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>SMTP server (send)</source>
        <comment>Claws Mail field</comment>
        <translation>SMTP server (send)</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <comment>Claws Mail field</comment>
        <translation>SMTP port</translation>
    </message>
    <message>
        <source>Send (SMTP)</source>
        <comment>Claws Mail field on the TLS page</comment>
        <translation>Send (SMTP)</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <comment>Claws Mail field</comment>
        <translation>Authentication method</translation>
    </message>
    <message>
        <source>User ID</source>
        <comment>Claws Mail field</comment>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Mail address</source>
        <comment>Claws Mail field</comment>
        <translation>Mail address</translation>
    </message>
    <message>
        <source>Don&apos;t use TLS</source>
        <comment>Claws Mail value of Send (SMTP)</comment>
        <translation>Don&apos;t use TLS</translation>
    </message>
    <message>
        <source>Use STARTTLS command to start encrypted session</source>
        <comment>Claws Mail value of Send (SMTP)</comment>
        <translation>Use STARTTLS command to start encrypted session</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <comment>Claws Mail value of Send (SMTP)</comment>
        <translation>Use TLS</translation>
    </message>
    <message>
        <source>None (untick &quot;SMTP Authentication (SMTP AUTH)&quot;)</source>
        <comment>Claws Mail value of Authentication method</comment>
        <translation>无（取消勾选“SMTP Authentication (SMTP AUTH)”）</translation>
    </message>
    <message>
        <source>PLAIN</source>
        <comment>Claws Mail value of Authentication method</comment>
        <translation>PLAIN</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <comment>Claws Mail value of Authentication method</comment>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <comment>Claws Mail value of Authentication method</comment>
        <translation>OAuth2</translation>
    </message>
</context>
<context>
    <name>od::CodeTables</name>
    <message>
        <source>delivery not authorised</source>
        <translation>未获授权投递</translation>
    </message>
    <message>
        <source>The receiving server refused mail from the internet: it wants senders to log in, or does not consider itself responsible for the recipient&apos;s domain. Your own server did its job; the recipient&apos;s administrators have to fix their server or their MX record.</source>
        <translation>接收服务器拒绝了来自互联网的邮件：它要求发件人先登录，或者认为自己不负责收件人的域。你这边的服务器已经尽到了职责；需要由收件人一方的管理员修复他们的服务器或 MX 记录。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>The sending service could not open a connection to the receiving mail server. The fault lies with that server or its network; the bounce usually names its IP address.</source>
        <translation>发送服务无法与接收邮件服务器建立连接。问题出在该服务器或其网络上；退信中通常会写明它的 IP 地址。</translation>
    </message>
    <message>
        <source>Message expired</source>
        <translation>邮件已过期</translation>
    </message>
    <message>
        <source>The message waited in the queue until its time ran out, because the receiving server did not take it in time. Check the address; if it is right, the receiving side has to fix its server.</source>
        <translation>由于接收服务器没有及时接收，这封邮件一直在队列中等待，直到超时。请检查地址；如果地址无误，则需要由接收方修复其服务器。</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>收件人太多</translation>
    </message>
    <message>
        <source>The message was addressed to more recipients in one domain than the service accepts in one go (more than 200 for Office 365). Send it in smaller batches.</source>
        <translation>这封邮件发给同一个域的收件人数量超过了该服务一次允许的数量（Office 365 为 200 个以上）。请分成较小的批次发送。</translation>
    </message>
    <message>
        <source>IPv6 mail must pass SPF or DKIM</source>
        <translation>通过 IPv6 发送的邮件必须通过 SPF 或 DKIM 检查</translation>
    </message>
    <message>
        <source>Mail arriving over IPv6 is only accepted when it passes an SPF or DKIM check, and this message passed neither. The sending domain&apos;s administrator has to publish SPF or sign with DKIM.</source>
        <translation>通过 IPv6 送达的邮件只有通过 SPF 或 DKIM 检查才会被接受，而这封邮件两项都未通过。发件域的管理员需要发布 SPF 记录或使用 DKIM 签名。</translation>
    </message>
    <message>
        <source>Sending temporarily restricted</source>
        <translation>发送暂时受限</translation>
    </message>
    <message>
        <source>The service saw unusual activity and has held back mail from this sender while it takes a closer look. If the mail is legitimate, sending is allowed again after a while.</source>
        <translation>该服务发现了异常活动，在进一步核查期间暂扣了此发件人的邮件。如果邮件是正当的，一段时间后即可恢复发送。</translation>
    </message>
    <message>
        <source>Sending IP temporarily blocked</source>
        <translation>发送 IP 暂时被封锁</translation>
    </message>
    <message>
        <source>Suspicious traffic came from the sending IP address, so it is blocked for now while it is investigated. Legitimate senders are let through again after a while.</source>
        <translation>发送方 IP 地址出现了可疑流量，因此在调查期间暂时被封锁。正当的发件人过一段时间后会被重新放行。</translation>
    </message>
    <message>
        <source>Sender denied / recipient not resolved</source>
        <translation>发件人被拒绝 / 无法解析收件人</translation>
    </message>
    <message>
        <source>The recipient&apos;s address could not be resolved, often because a saved message was opened and answered offline. Check the address and write a new message instead of replying to the saved one.</source>
        <translation>无法解析收件人的地址，这通常是因为在脱机状态下打开并答复了一封已保存的邮件。请检查地址，并撰写一封新邮件，而不要答复已保存的邮件。</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation>目标邮箱地址错误</translation>
    </message>
    <message>
        <source>The receiving system has no mailbox with this address: it is mistyped, no longer exists, or your mail program remembers an outdated address. Remove the remembered address, type it again and send a new message.</source>
        <translation>接收系统中没有使用此地址的邮箱：地址可能输错了、已不存在，或者你的邮件程序记住了一个过时的地址。请删除记住的地址，重新输入，然后发送一封新邮件。</translation>
    </message>
    <message>
        <source>Recipient not found</source>
        <translation>找不到收件人</translation>
    </message>
    <message>
        <source>The receiving organisation has no recipient with this address. Check the spelling, or ask the recipient for the right address.</source>
        <translation>接收方组织中没有使用此地址的收件人。请检查拼写，或向收件人询问正确的地址。</translation>
    </message>
    <message>
        <source>Bad outbound sender</source>
        <translation>发件人被禁止外发</translation>
    </message>
    <message>
        <source>The sending account was blocked because it sent a lot of spam, which usually means it was taken over (stolen password, phishing or malware). Change the password; the administrator has to unblock the account.</source>
        <translation>发送帐户因发送了大量垃圾邮件而被封锁，这通常意味着帐户已被盗用（密码被盗、网络钓鱼或恶意软件）。请更改密码；需要由管理员解除对该帐户的封锁。</translation>
    </message>
    <message>
        <source>Too many messages to this recipient per hour</source>
        <translation>每小时发给此收件人的邮件太多</translation>
    </message>
    <message>
        <source>This sender has sent the recipient more messages within an hour than is allowed. Send fewer messages to this recipient and try again later.</source>
        <translation>此发件人在一小时内发给该收件人的邮件数量超过了允许的上限。请减少发给此收件人的邮件，稍后再试。</translation>
    </message>
    <message>
        <source>Recipient receives too many messages per hour</source>
        <translation>收件人每小时收到的邮件太多</translation>
    </message>
    <message>
        <source>The recipient has received more messages within an hour, from all senders together, than is allowed. Try again later.</source>
        <translation>该收件人在一小时内从所有发件人收到的邮件总数超过了允许的上限。请稍后再试。</translation>
    </message>
    <message>
        <source>Send as denied</source>
        <translation>拒绝以他人身份发送</translation>
    </message>
    <message>
        <source>The account you logged in with is not allowed to send mail with this From address. Use your own address, or ask the administrator for send-as rights.</source>
        <translation>你登录所用的帐户不允许使用此发件人 (From) 地址发送邮件。请使用你自己的地址，或向管理员申请“代表发送”权限。</translation>
    </message>
    <message>
        <source>Journaling not supported</source>
        <translation>不支持日记功能</translation>
    </message>
    <message>
        <source>A journaling rule sent a copy of the message to the cloud service, but journal archiving is not switched on there. The organisation&apos;s administrator has to change the rule or the setting.</source>
        <translation>日记规则将邮件副本发送到了云服务，但该服务未启用日记存档。需要由该组织的管理员更改规则或设置。</translation>
    </message>
    <message>
        <source>Relay access denied</source>
        <translation>禁止中继</translation>
    </message>
    <message>
        <source>The server that answered does not accept mail for the recipient&apos;s domain. This usually points to a wrong MX record or a server set up without that domain, on the receiving side.</source>
        <translation>答复的服务器不接受发往收件人所在域的邮件。这通常说明接收方的 MX 记录有误，或者服务器没有配置该域。</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>检测到路由循环</translation>
    </message>
    <message>
        <source>The message kept being passed around, for example by forwarding rules that send mail back and forth, and was stopped after many rounds. Check automatic forwarding on both sides.</source>
        <translation>这封邮件被反复转来转去（例如两边的转发规则互相把邮件发回），在转了很多轮之后被拦下。请检查双方的自动转发设置。</translation>
    </message>
    <message>
        <source>Hop count exceeded</source>
        <translation>超过跃点数上限</translation>
    </message>
    <message>
        <source>The message passed through too many servers, which points to a loop between mail servers or connectors.</source>
        <translation>这封邮件经过的服务器太多，说明邮件服务器或连接器之间存在循环。</translation>
    </message>
    <message>
        <source>The message could not be delivered within the allowed time and was given up.</source>
        <translation>这封邮件未能在允许的时间内送达，已被放弃。</translation>
    </message>
    <message>
        <source>Recipient domain does not exist</source>
        <translation>收件人的域不存在</translation>
    </message>
    <message>
        <source>The domain of the recipient&apos;s address does not exist in DNS. Check the part after the @.</source>
        <translation>收件人地址中的域在 DNS 中不存在。请检查 @ 后面的部分。</translation>
    </message>
    <message>
        <source>Invalid characters</source>
        <translation>无效字符</translation>
    </message>
    <message>
        <source>Your mail program put characters in the message that are not allowed (line ends without carriage return). Updating or changing the program usually helps.</source>
        <translation>你的邮件程序在邮件中加入了不允许的字符（行尾缺少回车符）。通常更新或更换程序即可解决。</translation>
    </message>
    <message>
        <source>Unable to relay</source>
        <translation>无法中继</translation>
    </message>
    <message>
        <source>The server refused to pass the message on to another domain because it does not recognise the sender as one of its users. Either the sending program or server has to log in (or use the right server), or the domain&apos;s MX record points at a server that does not handle that domain.</source>
        <translation>服务器拒绝将这封邮件中继到另一个域，因为它不认为发件人是它的用户。要么发送程序或服务器需要登录（或改用正确的服务器），要么该域的 MX 记录指向了一台不处理该域的服务器。</translation>
    </message>
    <message>
        <source>Client was not authenticated</source>
        <translation>客户端未经身份验证</translation>
    </message>
    <message>
        <source>The receiving server only accepts mail from senders that log in first, and this sender did not. The sending side has to be set up to authenticate.</source>
        <translation>接收服务器只接受先登录的发件人的邮件，而此发件人没有登录。需要将发送方设置为进行身份验证。</translation>
    </message>
    <message>
        <source>Delivery not authorised</source>
        <translation>未获授权投递</translation>
    </message>
    <message>
        <source>The sender is not allowed to send to this recipient, for example a distribution group that only accepts mail from its members, or a rule on the receiving side that rejects this message. Ask the recipient&apos;s side for permission.</source>
        <translation>此发件人不允许向该收件人发送邮件，例如对方是只接受成员来信的通讯组，或者接收方有规则拒绝这封邮件。请向收件人一方申请许可。</translation>
    </message>
    <message>
        <source>Authentication unsuccessful</source>
        <translation>身份验证失败</translation>
    </message>
    <message>
        <source>The server did not accept the login. Check the user name and password.</source>
        <translation>服务器不接受此登录。请检查用户名和密码。</translation>
    </message>
    <message>
        <source>Sender not authenticated by organisation</source>
        <translation>发件人未通过组织的身份验证</translation>
    </message>
    <message>
        <source>The recipient only accepts mail from inside its own organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>该收件人只接受来自其组织内部的邮件。只有收件人一方的管理员才能更改此设置。</translation>
    </message>
    <message>
        <source>Sender not authenticated for public folder</source>
        <translation>发件人未通过公用文件夹的身份验证</translation>
    </message>
    <message>
        <source>The recipient is a public folder that refuses mail from outside its organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>该收件人是一个公用文件夹，拒绝接收来自其组织外部的邮件。只有收件人一方的管理员才能更改此设置。</translation>
    </message>
    <message>
        <source>IPv6 sender without reverse DNS</source>
        <translation>IPv6 发件人没有反向 DNS</translation>
    </message>
    <message>
        <source>Mail over IPv6 is refused from addresses without a reverse DNS (PTR) record. Whoever runs the sending server has to add one.</source>
        <translation>对于没有反向 DNS (PTR) 记录的地址，通过 IPv6 发送的邮件会被拒绝。需要由发送服务器的运营者添加此记录。</translation>
    </message>
    <message>
        <source>Unable to relay to a domain that is not accepted</source>
        <translation>无法中继到未被接受的域</translation>
    </message>
    <message>
        <source>The server only passes on mail for its own (accepted) domains unless the sender logs in or is on an allowed network; mail to other domains was refused.</source>
        <translation>除非发件人登录或位于允许的网络中，否则该服务器只会传递发往其自身（已接受）域的邮件；发往其他域的邮件已被拒绝。</translation>
    </message>
    <message>
        <source>Client not authenticated to send mail</source>
        <translation>客户端未经身份验证，无法发送邮件</translation>
    </message>
    <message>
        <source>The server wants a login before it accepts mail, and your mail program sent without one. Turn on authentication for the outgoing server, normally on port 587 with STARTTLS.</source>
        <translation>服务器要求先登录才接受邮件，而你的邮件程序发送时没有登录。请为传出服务器打开身份验证，通常使用端口 587 和 STARTTLS。</translation>
    </message>
    <message>
        <source>No permission to send as this sender</source>
        <translation>无权以此发件人身份发送</translation>
    </message>
    <message>
        <source>The account you logged in with may not send with this From address. Use your own address, or ask the administrator for send-as rights.</source>
        <translation>你登录所用的帐户不能使用此发件人 (From) 地址发送邮件。请使用你自己的地址，或向管理员申请“代表发送”权限。</translation>
    </message>
    <message>
        <source>Relay access denied (tenant attribution)</source>
        <translation>禁止中继（租户归属）</translation>
    </message>
    <message>
        <source>The service could not tie the relayed message to an organisation, so it refused to relay it. The administrator has to fix the connector settings.</source>
        <translation>该服务无法将中继的邮件归属到某个组织，因此拒绝中继。需要由管理员修复连接器设置。</translation>
    </message>
    <message>
        <source>Sender not in the allowed-senders list</source>
        <translation>发件人不在允许的发件人列表中</translation>
    </message>
    <message>
        <source>The recipient is a group that only accepts mail from a list of allowed senders, and you are not on it. The group&apos;s owner or administrator can add you.</source>
        <translation>该收件人是一个只接受允许的发件人列表中的人来信的组，而你不在列表中。该组的所有者或管理员可以添加你。</translation>
    </message>
    <message>
        <source>Sender not authenticated for group</source>
        <translation>发件人未通过组的身份验证</translation>
    </message>
    <message>
        <source>The recipient is a group that refuses mail from outside its organisation. The group&apos;s owner or an administrator on the recipient&apos;s side can change that.</source>
        <translation>该收件人是一个拒绝接收其组织外部邮件的组。该组的所有者或收件人一方的管理员可以更改此设置。</translation>
    </message>
    <message>
        <source>Sender not authenticated for mailbox</source>
        <translation>发件人未通过邮箱的身份验证</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox refuses mail from outside its organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>收件人的邮箱拒绝接收来自其组织外部的邮件。只有收件人一方的管理员才能更改此设置。</translation>
    </message>
    <message>
        <source>Sender not authenticated for mail user</source>
        <translation>发件人未通过邮件用户的身份验证</translation>
    </message>
    <message>
        <source>The recipient is a contact that refuses mail from outside its organisation. Only an administrator on the recipient&apos;s side can change that.</source>
        <translation>该收件人是一个拒绝接收其组织外部邮件的联系人。只有收件人一方的管理员才能更改此设置。</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check both, and whether the account needs an app password.</source>
        <translation>服务器拒绝了用户名或密码。请检查两者，并确认该帐户是否需要应用专用密码。</translation>
    </message>
    <message>
        <source>Authentication disabled for this account</source>
        <translation>此帐户已禁用身份验证</translation>
    </message>
    <message>
        <source>Logging in to send (SMTP AUTH, basic authentication) is switched off for this account or organisation, or blocked by a security policy. The administrator has to allow it, or you must use a different way to send.</source>
        <translation>此帐户或组织已关闭用于发送邮件的登录（SMTP AUTH，基本身份验证），或被安全策略阻止。需要由管理员允许，否则你必须改用其他发送方式。</translation>
    </message>
    <message>
        <source>Spam abuse detected</source>
        <translation>检测到垃圾邮件滥用</translation>
    </message>
    <message>
        <source>The sending account was blocked because spam was sent from it. Secure the account and reset its password, then have the administrator or support unblock it.</source>
        <translation>发送帐户因发送了垃圾邮件而被封锁。请保护好帐户并重置密码，然后请管理员或技术支持解除封锁。</translation>
    </message>
    <message>
        <source>Banned sender</source>
        <translation>发件人被禁止</translation>
    </message>
    <message>
        <source>Recipient address rejected</source>
        <translation>收件人地址被拒绝</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not valid on the receiving system. Check it and try again.</source>
        <translation>收件人的地址在接收系统上无效。请检查后重试。</translation>
    </message>
    <message>
        <source>Banned recipient</source>
        <translation>收件人被禁止</translation>
    </message>
    <message>
        <source>The recipient is barred from receiving mail. If you think that is wrong, the recipient&apos;s side has to contact its support.</source>
        <translation>该收件人已被禁止接收邮件。如果你认为这是误判，需要由收件人一方联系其技术支持。</translation>
    </message>
    <message>
        <source>Bad HELO</source>
        <translation>HELO 错误</translation>
    </message>
    <message>
        <source>The sending server introduced itself (HELO/EHLO) with the receiving server&apos;s own name instead of its own, which is typical of spam software. The sending server&apos;s configuration has to be corrected.</source>
        <translation>发送服务器在自我介绍 (HELO/EHLO) 时冒用了接收服务器的名称，而没有使用自己的名称，这是垃圾邮件软件的典型特征。需要更正发送服务器的配置。</translation>
    </message>
    <message>
        <source>Rejected by recipient</source>
        <translation>被收件人拒绝</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation blocks the IP address you send from. Ask the recipient to lift the block.</source>
        <translation>收件人的组织封锁了你发送邮件所用的 IP 地址。请让收件人解除封锁。</translation>
    </message>
    <message>
        <source>IPv6 range over its limits</source>
        <translation>IPv6 地址段超出限制</translation>
    </message>
    <message>
        <source>The sender&apos;s IPv6 range sent too many messages in too short a time.</source>
        <translation>发件人的 IPv6 地址段在过短的时间内发送了过多邮件。</translation>
    </message>
    <message>
        <source>DMARC check failed</source>
        <translation>DMARC 检查失败</translation>
    </message>
    <message>
        <source>The domain in the From address did not pass its DMARC check. The domain&apos;s administrator has to align SPF and DKIM with the From domain, or you must send through the domain&apos;s own servers.</source>
        <translation>发件人 (From) 地址中的域未通过 DMARC 检查。需要由该域的管理员让 SPF 和 DKIM 与发件人域保持一致，否则你必须通过该域自己的服务器发送。</translation>
    </message>
    <message>
        <source>No mail over IPv6</source>
        <translation>不接受通过 IPv6 发送的邮件</translation>
    </message>
    <message>
        <source>The recipient does not accept mail over IPv6, and the message came over IPv6. The sending server has to deliver over IPv4.</source>
        <translation>收件人不接受通过 IPv6 发送的邮件，而这封邮件是通过 IPv6 送达的。发送服务器需要改用 IPv4 投递。</translation>
    </message>
    <message>
        <source>The account you are sending from is on a block list. The provider or administrator has to have it removed.</source>
        <translation>你用来发送邮件的帐户在黑名单上。需要由服务提供商或管理员将其移除。</translation>
    </message>
    <message>
        <source>From header not valid</source>
        <translation>发件人 (From) 标头无效</translation>
    </message>
    <message>
        <source>The message had no valid e-mail address in its From line. Check the address set in your mail program.</source>
        <translation>这封邮件的发件人 (From) 行中没有有效的电子邮件地址。请检查邮件程序中设置的地址。</translation>
    </message>
    <message>
        <source>Blocked by the recipient&apos;s own block list</source>
        <translation>被收件人自己的黑名单阻止</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain put your sending IP address on its own block list. If that is a mistake, ask the recipient to remove it.</source>
        <translation>收件人的域将你发送邮件所用的 IP 地址列入了自己的黑名单。如果这是误判，请让收件人将其移除。</translation>
    </message>
    <message>
        <source>Banned sending IP</source>
        <translation>发送 IP 被禁止</translation>
    </message>
    <message>
        <source>The IP address the mail came from is on the service&apos;s block list, usually after spam or a compromised machine sent through it. Whoever runs the sending server has to clean it up and ask for delisting.</source>
        <translation>邮件来源的 IP 地址在该服务的黑名单上，通常是因为有垃圾邮件或被入侵的计算机通过它发送过邮件。需要由发送服务器的运营者清理问题并申请移出黑名单。</translation>
    </message>
    <message>
        <source>Tenant over its threshold</source>
        <translation>租户超出阈值</translation>
    </message>
    <message>
        <source>Most of the mail from this organisation looked suspicious, so it may no longer send. The administrator has to remove the cause (e.g. a hacked account or an open connector) and contact support.</source>
        <translation>来自该组织的邮件大多看起来可疑，因此该组织可能不能再发送邮件。需要由管理员消除原因（例如被盗用的帐户或开放的连接器），并联系技术支持。</translation>
    </message>
    <message>
        <source>Sending from unregistered domains blocked</source>
        <translation>已阻止从未注册的域发送</translation>
    </message>
    <message>
        <source>The organisation sent a lot of mail from domains it has not registered with the service, so sending was blocked. The administrator has to register the domains.</source>
        <translation>该组织从未在此服务中注册的域发送了大量邮件，因此发送已被阻止。需要由管理员注册这些域。</translation>
    </message>
    <message>
        <source>the mailbox does not exist</source>
        <translation>邮箱不存在</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain does not exist or takes no mail</source>
        <translation>收件人的域不存在或不接收邮件</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is not written correctly</source>
        <translation>收件人的地址格式不正确</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is ambiguous</source>
        <translation>收件人的地址不明确</translation>
    </message>
    <message>
        <source>the recipient&apos;s address is valid</source>
        <translation>收件人的地址有效</translation>
    </message>
    <message>
        <source>the mailbox has moved and no forwarding is set up</source>
        <translation>邮箱已迁移，且未设置转发</translation>
    </message>
    <message>
        <source>the sender&apos;s address is not written correctly</source>
        <translation>发件人的地址格式不正确</translation>
    </message>
    <message>
        <source>the sender&apos;s domain is not valid</source>
        <translation>发件人的域无效</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain says it takes no mail (null MX)</source>
        <translation>收件人的域声明不接收邮件 (null MX)</translation>
    </message>
    <message>
        <source>the mailbox is disabled</source>
        <translation>邮箱已被停用</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>邮箱已满</translation>
    </message>
    <message>
        <source>the message is larger than the recipient allows</source>
        <translation>邮件大小超过了收件人允许的上限</translation>
    </message>
    <message>
        <source>a mailing list could not be expanded</source>
        <translation>无法展开邮件列表</translation>
    </message>
    <message>
        <source>the mail system has a problem</source>
        <translation>邮件系统出现问题</translation>
    </message>
    <message>
        <source>the mail system is out of space</source>
        <translation>邮件系统存储空间不足</translation>
    </message>
    <message>
        <source>the mail system is not accepting mail</source>
        <translation>邮件系统暂不接收邮件</translation>
    </message>
    <message>
        <source>the system cannot handle a feature the message needs</source>
        <translation>系统无法处理邮件所需的某项功能</translation>
    </message>
    <message>
        <source>the message is too big for the system</source>
        <translation>邮件对系统来说太大</translation>
    </message>
    <message>
        <source>the mail system is configured wrongly</source>
        <translation>邮件系统配置错误</translation>
    </message>
    <message>
        <source>the receiving host did not answer</source>
        <translation>接收主机没有响应</translation>
    </message>
    <message>
        <source>the connection broke down</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <source>a DNS or directory lookup failed</source>
        <translation>DNS 或目录查询失败</translation>
    </message>
    <message>
        <source>no route to the recipient&apos;s domain</source>
        <translation>没有通往收件人所在域的路由</translation>
    </message>
    <message>
        <source>the mail system is congested</source>
        <translation>邮件系统拥塞</translation>
    </message>
    <message>
        <source>the message was going round in a loop</source>
        <translation>邮件陷入了循环</translation>
    </message>
    <message>
        <source>delivery took too long and was given up</source>
        <translation>投递耗时过长，已被放弃</translation>
    </message>
    <message>
        <source>a protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>the command was not valid</source>
        <translation>命令无效</translation>
    </message>
    <message>
        <source>the command had a syntax error</source>
        <translation>命令有语法错误</translation>
    </message>
    <message>
        <source>too many recipients at once</source>
        <translation>一次的收件人太多</translation>
    </message>
    <message>
        <source>a command parameter was not valid</source>
        <translation>命令参数无效</translation>
    </message>
    <message>
        <source>wrong protocol version</source>
        <translation>协议版本错误</translation>
    </message>
    <message>
        <source>the login exchange was too long</source>
        <translation>登录交互过长</translation>
    </message>
    <message>
        <source>a problem with the message content</source>
        <translation>邮件内容有问题</translation>
    </message>
    <message>
        <source>a content type is not supported</source>
        <translation>不支持某种内容类型</translation>
    </message>
    <message>
        <source>the content would have to be converted, which is not allowed</source>
        <translation>内容需要转换，但不允许转换</translation>
    </message>
    <message>
        <source>the content would have to be converted, which is not supported</source>
        <translation>内容需要转换，但不支持转换</translation>
    </message>
    <message>
        <source>the content was converted with loss</source>
        <translation>内容在转换时有损失</translation>
    </message>
    <message>
        <source>converting the content failed</source>
        <translation>内容转换失败</translation>
    </message>
    <message>
        <source>the message content is not available</source>
        <translation>邮件内容不可用</translation>
    </message>
    <message>
        <source>addresses with non-ASCII characters are not accepted</source>
        <translation>不接受包含非 ASCII 字符的地址</translation>
    </message>
    <message>
        <source>a UTF-8 reply would be needed</source>
        <translation>需要 UTF-8 响应</translation>
    </message>
    <message>
        <source>a message with UTF-8 headers cannot be passed on</source>
        <translation>无法转发带有 UTF-8 标头的邮件</translation>
    </message>
    <message>
        <source>sending to this mailing list is not allowed</source>
        <translation>不允许向此邮件列表发送邮件</translation>
    </message>
    <message>
        <source>a required security conversion is not possible</source>
        <translation>无法进行所需的安全转换</translation>
    </message>
    <message>
        <source>the security feature or login method is not supported</source>
        <translation>不支持该安全功能或登录方式</translation>
    </message>
    <message>
        <source>a cryptographic operation failed</source>
        <translation>加密操作失败</translation>
    </message>
    <message>
        <source>the cryptographic algorithm is not supported</source>
        <translation>不支持该加密算法</translation>
    </message>
    <message>
        <source>the message failed an integrity check</source>
        <translation>邮件未通过完整性检查</translation>
    </message>
    <message>
        <source>the user name or password is wrong</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>the login method is too weak for this server</source>
        <translation>该登录方式对此服务器来说安全性太低</translation>
    </message>
    <message>
        <source>this login method needs an encrypted connection</source>
        <translation>此登录方式需要加密连接</translation>
    </message>
    <message>
        <source>the priority is too low</source>
        <translation>优先级太低</translation>
    </message>
    <message>
        <source>the message is too big for its priority</source>
        <translation>就其优先级而言，邮件太大</translation>
    </message>
    <message>
        <source>the mailbox now belongs to someone else</source>
        <translation>该邮箱现已归他人所有</translation>
    </message>
    <message>
        <source>the domain now belongs to someone else</source>
        <translation>该域现已归他人所有</translation>
    </message>
    <message>
        <source>the recipient could not be verified as unchanged</source>
        <translation>无法确认收件人未发生变更</translation>
    </message>
    <message>
        <source>no valid DKIM signature</source>
        <translation>没有有效的 DKIM 签名</translation>
    </message>
    <message>
        <source>no acceptable DKIM signature</source>
        <translation>没有可接受的 DKIM 签名</translation>
    </message>
    <message>
        <source>no DKIM signature matching the author&apos;s domain</source>
        <translation>没有与作者所在域匹配的 DKIM 签名</translation>
    </message>
    <message>
        <source>the SPF check failed</source>
        <translation>SPF 检查失败</translation>
    </message>
    <message>
        <source>the SPF check could not be completed</source>
        <translation>无法完成 SPF 检查</translation>
    </message>
    <message>
        <source>the sending address has no valid reverse DNS</source>
        <translation>发送地址没有有效的反向 DNS</translation>
    </message>
    <message>
        <source>several authentication checks (SPF, DKIM, DMARC) failed</source>
        <translation>多项身份验证检查（SPF、DKIM、DMARC）失败</translation>
    </message>
    <message>
        <source>the sender&apos;s domain says it sends no mail (null MX)</source>
        <translation>发件人的域声明不发送邮件 (null MX)</translation>
    </message>
    <message>
        <source>a flood of mail was detected</source>
        <translation>检测到大量涌入的邮件</translation>
    </message>
    <message>
        <source>the ARC check failed</source>
        <translation>ARC 检查失败</translation>
    </message>
    <message>
        <source>REQUIRETLS support is required</source>
        <translation>需要支持 REQUIRETLS</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Addressing</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Mail system</source>
        <translation>邮件系统</translation>
    </message>
    <message>
        <source>Network and routing</source>
        <translation>网络和路由</translation>
    </message>
    <message>
        <source>Mail delivery protocol</source>
        <translation>邮件投递协议</translation>
    </message>
    <message>
        <source>Message content</source>
        <translation>邮件内容</translation>
    </message>
    <message>
        <source>Security or policy</source>
        <translation>安全或策略</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is made out to a different name than the server you entered.</source>
        <translation>服务器证书上的名称与你输入的服务器不同。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet (or this computer&apos;s clock is wrong).</source>
        <translation>服务器证书已过期或尚未生效（也可能是此计算机的时钟不正确）。</translation>
    </message>
    <message>
        <source>The mail program could not find the server: the name is misspelt, or this network cannot look it up.</source>
        <translation>邮件程序找不到该服务器：可能是名称拼写错误，或者当前网络无法查询该名称。</translation>
    </message>
    <message>
        <source>The mail program could not connect to the server. The port may be blocked on this network (port 25 often is), a firewall or antivirus may be in the way, or the server may be down.</source>
        <translation>邮件程序无法连接到服务器。当前网络可能封锁了该端口（端口 25 经常被封锁），可能有防火墙或防病毒软件阻挡，也可能是服务器已停止运行。</translation>
    </message>
    <message>
        <source>The connection to the server was cut off. Common reasons: the security setting does not match the port (SSL on a STARTTLS port or the other way round), an antivirus program scanning outgoing mail, or a network that blocks mail ports.</source>
        <translation>与服务器的连接被切断。常见原因：加密设置与端口不匹配（在 STARTTLS 端口上使用 SSL，或者反过来）、防病毒程序在扫描外发邮件，或者网络封锁了邮件端口。</translation>
    </message>
    <message>
        <source>The mail program could not send data over the network; usually a firewall or antivirus program blocks it.</source>
        <translation>邮件程序无法通过网络发送数据；通常是防火墙或防病毒程序阻止了它。</translation>
    </message>
    <message>
        <source>Logging on with Secure Password Authentication (SPA) failed. Most providers do not use SPA: switch it off and use the normal user name and password.</source>
        <translation>使用安全密码验证 (SPA) 登录失败。大多数服务提供商不使用 SPA：请将其关闭，改用普通的用户名和密码。</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up: the server does not support the encryption type chosen for this port. Use 587 with STARTTLS or 465 with SSL/TLS.</source>
        <translation>无法建立加密连接：服务器不支持为此端口选择的加密类型。请使用 587 端口配合 STARTTLS，或使用 465 端口配合 SSL/TLS。</translation>
    </message>
    <message>
        <source>The outgoing server answered with an error; its own words say more.</source>
        <translation>传出服务器返回了错误；服务器的原话中有更详细的说明。</translation>
    </message>
    <message>
        <source>The outgoing server gave an answer the mail program did not understand.</source>
        <translation>传出服务器返回了邮件程序无法理解的响应。</translation>
    </message>
    <message>
        <source>The outgoing server did not recognise a command (reply 500). Something between you and the server may be interfering.</source>
        <translation>传出服务器无法识别某个命令（响应 500）。你和服务器之间可能有东西在干扰。</translation>
    </message>
    <message>
        <source>The outgoing server refused a command&apos;s parameters (reply 501), often an address written in a way it does not accept.</source>
        <translation>传出服务器拒绝了某个命令的参数（响应 501），通常是地址的写法不被它接受。</translation>
    </message>
    <message>
        <source>The outgoing server does not implement a command the mail program used (reply 502).</source>
        <translation>传出服务器没有实现邮件程序使用的某个命令（响应 502）。</translation>
    </message>
    <message>
        <source>The outgoing server says the commands came in the wrong order (reply 503); mostly this means it expected a login first.</source>
        <translation>传出服务器表示命令的顺序不对（响应 503）；这通常表示它希望先登录。</translation>
    </message>
    <message>
        <source>The outgoing server does not support a parameter the mail program used (reply 504), typically the login method.</source>
        <translation>传出服务器不支持邮件程序使用的某个参数（响应 504），通常是登录方式。</translation>
    </message>
    <message>
        <source>The outgoing server is not available and closed the connection (reply 421).</source>
        <translation>传出服务器不可用，已关闭连接（响应 421）。</translation>
    </message>
    <message>
        <source>The outgoing server could not take the message for now (reply 450).</source>
        <translation>传出服务器暂时无法接收这封邮件（响应 450）。</translation>
    </message>
    <message>
        <source>The outgoing server refused an address (reply 550): the mailbox does not exist or is not available to you.</source>
        <translation>传出服务器拒绝了某个地址（响应 550）：该邮箱不存在，或者你无权使用。</translation>
    </message>
    <message>
        <source>The outgoing server reported a temporary internal error (reply 451).</source>
        <translation>传出服务器报告了一个临时的内部错误（响应 451）。</translation>
    </message>
    <message>
        <source>The outgoing server says the recipient is not one of its users and will not pass the message on (reply 551).</source>
        <translation>传出服务器表示收件人不是它的用户，不会转发这封邮件（响应 551）。</translation>
    </message>
    <message>
        <source>The outgoing server is short of storage or limits the number of recipients (reply 452).</source>
        <translation>传出服务器存储空间不足，或限制了收件人数量（响应 452）。</translation>
    </message>
    <message>
        <source>The message is larger than the outgoing server allows (reply 552).</source>
        <translation>邮件大小超过了传出服务器允许的上限（响应 552）。</translation>
    </message>
    <message>
        <source>The outgoing server refused an address (reply 553); servers use this mostly to refuse passing mail on to other domains.</source>
        <translation>传出服务器拒绝了某个地址（响应 553）；服务器通常用它来拒绝将邮件中继到其他域。</translation>
    </message>
    <message>
        <source>The outgoing server refused the message (reply 554).</source>
        <translation>传出服务器拒绝了这封邮件（响应 554）。</translation>
    </message>
    <message>
        <source>The outgoing server refused the sender&apos;s address, usually because it does not belong to the account you send through, or because you did not log in.</source>
        <translation>传出服务器拒绝了发件人地址，通常是因为该地址不属于你用来发送的帐户，或者你没有登录。</translation>
    </message>
    <message>
        <source>The outgoing server refused one of the recipients. When the address is right, this almost always means the server will not pass mail on to other domains for you: you are not logged in, or not on its network.</source>
        <translation>传出服务器拒绝了其中一位收件人。如果地址无误，这几乎总是表示服务器不愿为你将邮件中继到其他域：你没有登录，或者不在它的网络中。</translation>
    </message>
    <message>
        <source>No sender address was given; fill in your e-mail address in the account settings.</source>
        <translation>没有提供发件人地址；请在帐户设置中填写你的电子邮件地址。</translation>
    </message>
    <message>
        <source>The outgoing server requires an encrypted connection (STARTTLS) before anything else.</source>
        <translation>传出服务器要求先建立加密连接 (STARTTLS)，然后才能进行其他操作。</translation>
    </message>
    <message>
        <source>The server does not support the kind of encryption set for this account. Match the security setting to the port: STARTTLS on 587 (or 25), SSL/TLS on 465.</source>
        <translation>服务器不支持为此帐户设置的加密类型。请使加密设置与端口相匹配：587（或 25）端口使用 STARTTLS，465 端口使用 SSL/TLS。</translation>
    </message>
    <message>
        <source>Starting the encrypted connection failed (reply 454). The security setting may not match the port, or the server&apos;s encryption is broken.</source>
        <translation>启动加密连接失败（响应 454）。加密设置可能与端口不匹配，或者服务器的加密功能有问题。</translation>
    </message>
    <message>
        <source>The incoming (POP3) server reported an error, most often about the login or the security setting. Where sending depends on checking mail first, this also stops sending.</source>
        <translation>传入 (POP3) 服务器报告了错误，大多与登录或加密设置有关。如果发送邮件依赖于先检查邮件，这也会导致无法发送。</translation>
    </message>
    <message>
        <source>The incoming (POP3) server did not accept the user name.</source>
        <translation>传入 (POP3) 服务器不接受该用户名。</translation>
    </message>
    <message>
        <source>The incoming (POP3) server did not accept the password.</source>
        <translation>传入 (POP3) 服务器不接受该密码。</translation>
    </message>
    <message>
        <source>Outlook could not connect to the incoming (POP3) server: no network, a wrong server name or port, or a firewall.</source>
        <translation>Outlook 无法连接到传入 (POP3) 服务器：可能没有网络、服务器名称或端口有误，或者被防火墙阻止。</translation>
    </message>
    <message>
        <source>Outlook could not connect to the outgoing (SMTP) server. The port is often blocked on hotel, café and provider networks; try 587 or 465, or the server of the network you are on.</source>
        <translation>Outlook 无法连接到传出 (SMTP) 服务器。酒店、咖啡馆和服务提供商的网络经常封锁该端口；请尝试 587 或 465 端口，或者使用你当前所在网络的服务器。</translation>
    </message>
    <message>
        <source>The incoming (POP3) server did not answer in time.</source>
        <translation>传入 (POP3) 服务器没有及时响应。</translation>
    </message>
    <message>
        <source>The outgoing (SMTP) server did not answer in time; the port may be blocked or the server slow.</source>
        <translation>传出 (SMTP) 服务器没有及时响应；可能是端口被封锁，或者服务器反应缓慢。</translation>
    </message>
    <message>
        <source>The recipient (a person, group or folder) only accepts mail from certain senders, for example from inside its own organisation. Only the recipient&apos;s side can allow you.</source>
        <translation>该收件人（个人、组或文件夹）只接受特定发件人的邮件，例如只接受其组织内部的邮件。只有收件人一方才能允许你发送。</translation>
    </message>
    <message>
        <source>The provider does not accept the account&apos;s normal password from mail programs. Create an app password in the provider&apos;s security settings, or use a program that supports modern sign-in.</source>
        <translation>该服务提供商不接受邮件程序使用帐户的普通密码登录。请在服务提供商的安全设置中创建应用专用密码，或者使用支持新式登录的程序。</translation>
    </message>
    <message>
        <source>The provider blocked this login as unusual. Sign in once through its web mail, confirm it was you, then try again.</source>
        <translation>该服务提供商认为此次登录异常，已将其阻止。请先通过其网页邮箱登录一次，确认是你本人，然后重试。</translation>
    </message>
    <message>
        <source>Logging in to send with a user name and password is switched off for this account or organisation. The administrator has to allow it, or you must send another way.</source>
        <translation>此帐户或组织已关闭使用用户名和密码登录发送邮件的功能。需要由管理员允许，否则你必须改用其他方式发送。</translation>
    </message>
    <message>
        <source>The server only lets you send with addresses that belong to the account you log in with. Use that address as From, or have the other address added to your account.</source>
        <translation>该服务器只允许你使用属于登录帐户的地址发送邮件。请将该地址用作发件人 (From) 地址，或者请服务提供商将另一个地址添加到你的帐户。</translation>
    </message>
    <message>
        <source>The receiving server uses greylisting: it turns away the first attempt from a sender it does not know yet and accepts a retry a few minutes later. Mail servers retry by themselves; nothing needs doing unless it keeps failing for hours.</source>
        <translation>接收服务器使用了灰名单：它会拒绝陌生发件人的第一次尝试，并在几分钟后接受重试。邮件服务器会自动重试；除非连续几个小时都失败，否则无需任何操作。</translation>
    </message>
    <message>
        <source>The receiving server does not take mail straight from home and mobile connections. Send through your provider&apos;s outgoing server (with a login) instead of delivering directly.</source>
        <translation>接收服务器不接受直接来自家庭宽带和移动网络的邮件。请通过服务提供商的传出服务器（登录后）发送，而不要直接投递。</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address is on a block list, so the receiving server refuses it. Whoever runs the sending server has to find out why it was listed, fix that, and ask for removal; until then, sending through another server helps.</source>
        <translation>发送服务器的 IP 地址在黑名单上，因此接收服务器拒绝了它。需要由发送服务器的运营者查明被列入黑名单的原因，解决问题并申请移除；在此之前，改用其他服务器发送会有帮助。</translation>
    </message>
    <message>
        <source>The sending server&apos;s name and address do not check out (no reverse DNS, or a wrong HELO name). Whoever runs the sending server has to fix its DNS or configuration.</source>
        <translation>发送服务器的名称和地址无法通过核验（没有反向 DNS，或 HELO 名称错误）。需要由发送服务器的运营者修正其 DNS 或配置。</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Temporary failure (the sender will retry)</source>
        <translation>临时失败（发件方会重试）</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>永久失败</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Daily recipient limit reached</source>
        <translation>已达到每日收件人上限</translation>
    </message>
    <message>
        <source>The account has sent to more recipients today than the service allows. Sending works again once the 24-hour window has passed.</source>
        <translation>该帐户今天发送的收件人数量超过了服务允许的上限。24 小时周期过后即可恢复发送。</translation>
    </message>
    <message>
        <source>The connection to the server could not be made or used. The port may be blocked on this network, or a firewall or antivirus may be in the way.</source>
        <translation>无法建立或使用与服务器的连接。此网络可能封锁了该端口，或者防火墙、杀毒软件造成了阻碍。</translation>
    </message>
    <message>
        <source>The mail program was no longer connected to the server when it tried to continue.</source>
        <translation>邮件程序尝试继续时已不再与服务器连接。</translation>
    </message>
    <message>
        <source>Sending data to the server failed; the connection broke off.</source>
        <translation>向服务器发送数据失败；连接已中断。</translation>
    </message>
    <message>
        <source>Receiving the server&apos;s answer failed; the connection broke off.</source>
        <translation>接收服务器响应失败；连接已中断。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off before it was complete.</source>
        <translation>服务器响应在完整之前就被截断了。</translation>
    </message>
    <message>
        <source>The server (or the mail program&apos;s connection to it) was busy; try again in a moment.</source>
        <translation>服务器（或邮件程序与它的连接）正忙；请稍后重试。</translation>
    </message>
    <message>
        <source>An address of the message is not a valid e-mail address. Check the recipients for typing mistakes and stray characters.</source>
        <translation>邮件中的某个地址不是有效的电子邮件地址。请检查收件人是否有拼写错误或多余的字符。</translation>
    </message>
    <message>
        <source>The list of recipients is not valid (an address is misspelt, or separators are wrong).</source>
        <translation>收件人列表无效（某个地址拼写错误，或分隔符不正确）。</translation>
    </message>
    <message>
        <source>Reading from the connection to the server failed; the connection broke off, often because of an antivirus program or an unstable network.</source>
        <translation>从与服务器的连接读取数据失败；连接已中断，常见原因是杀毒软件或网络不稳定。</translation>
    </message>
    <message>
        <source>The mail program could not open a connection to the server&apos;s port. The port may be blocked on this network, or the server name or port is wrong.</source>
        <translation>邮件程序无法连接到服务器的端口。此网络可能封锁了该端口，或者服务器名称或端口有误。</translation>
    </message>
    <message>
        <source>The server did not answer in time. The port may be blocked on this network, or the server is slow or down.</source>
        <translation>服务器未及时响应。此网络可能封锁了该端口，或者服务器响应缓慢或已停机。</translation>
    </message>
    <message>
        <source>The message has no recipient the server accepted (or none at all).</source>
        <translation>邮件没有被服务器接受的收件人（或者根本没有收件人）。</translation>
    </message>
    <message>
        <source>The receiving provider refuses or defers mail from the sending server because of its reputation (spam complaints, unusual volume, a block list). Whoever runs the sending server has to follow the link in the reply to ask for removal; sending through your provider&apos;s own server usually helps.</source>
        <translation>接收方的服务提供商因发送服务器的信誉问题（垃圾邮件投诉、发送量异常、被列入黑名单）而拒绝或延迟接收其邮件。发送服务器的管理者需要通过响应中的链接申请移除；改用你自己的服务提供商的服务器发送通常会有帮助。</translation>
    </message>
    <message>
        <source>The provider&apos;s filter refused this message (its content, its headers, or the sending server&apos;s standing). The link in the reply names the exact reason; often a missing or malformed header (Date, From, Message-ID) or spam-like content is the cause.</source>
        <translation>服务提供商的过滤器拒绝了这封邮件（因其内容、邮件头或发送服务器的信誉）。响应中的链接会说明确切原因；常见原因是缺少或格式错误的邮件头（Date、From、Message-ID）或类似垃圾邮件的内容。</translation>
    </message>
    <message>
        <source>The Google group refused the message: the group may not exist, or it accepts posts only from its members or approved senders. Check the group&apos;s address, or ask its owner to let you post.</source>
        <translation>该 Google 群组拒绝了这封邮件：群组可能不存在，或者只接受成员或已批准发件人的帖子。请检查群组地址，或请群组所有者允许你发帖。</translation>
    </message>
    <message>
        <source>Recipient not found by the receiving organisation</source>
        <translation>接收方组织找不到该收件人</translation>
    </message>
    <message>
        <source>The receiving organisation checks recipients against its directory and has no one with this address. Check the address for typing errors, or ask the recipient for the right one.</source>
        <translation>接收方组织会根据其目录核对收件人，但目录中没有使用此地址的人。请检查地址是否有拼写错误，或向收件人询问正确的地址。</translation>
    </message>
    <message>
        <source>The mailing list accepts posts only from its members. Subscribe with the address you send from, or ask the list&apos;s owner to let you post.</source>
        <translation>该邮件列表只接受其成员发的帖子。请用你发送邮件所用的地址订阅该列表，或请列表所有者允许你发帖。</translation>
    </message>
    <message>
        <source>a password transition is needed: log in once with the plain password method</source>
        <translation>需要转换密码：请使用普通密码方式登录一次</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>该帐户已被禁用</translation>
    </message>
    <message>
        <source>a trust relationship between servers is required</source>
        <translation>需要在服务器之间建立信任关系</translation>
    </message>
    <message>
        <source>A server on the way refused the login or the connection of the server that passed your message on (for example its relay, which wants other credentials, another login method or encryption). Your mail program did its job; whoever runs the sending server has to correct its settings for that relay.</source>
        <translation>途中的一台服务器拒绝了转发你邮件的那台服务器的登录或连接（例如它的中继服务器，要求使用其他登录凭据、其他登录方式或加密）。你的邮件程序已经尽到了职责；需要由发送服务器的运营者更正其针对该中继的设置。</translation>
    </message>
    <message>
        <source>The receiving side refuses mail from your address or domain: it is on that side&apos;s list of blocked senders, or not on its list of approved ones. Only the recipient or their administrator can allow you; ask them by other means.</source>
        <translation>接收方拒绝接收来自你的地址或域的邮件：你的地址或域在对方的发件人黑名单中，或者不在其允许的发件人名单中。只有收件人或其管理员才能允许你发送；请通过其他方式联系他们。</translation>
    </message>
    <message>
        <source>The receiving server refuses mail from the sending server&apos;s network address (for spam sent from it, a dynamic or home address, or its own list). Whoever runs the sending server has to ask for removal; sending through your provider&apos;s own server usually helps.</source>
        <translation>接收服务器拒绝接收来自发送服务器网络地址的邮件（原因可能是从该地址发出过垃圾邮件、该地址是动态地址或家庭网络地址，或者它在接收服务器自己的名单上）。需要由发送服务器的运营者申请移除；改用你自己的服务提供商的服务器发送通常会有帮助。</translation>
    </message>
</context>
<context>
    <name>od::DecodeCommand</name>
    <message>
        <source>No error message was recognised in this text.</source>
        <translation>在此文本中未识别到任何错误消息。</translation>
    </message>
    <message>
        <source>Paste the whole message: the bounce, the error dialog or the server&apos;s reply.</source>
        <translation>请粘贴完整的消息：退信、错误对话框或服务器响应。</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>诊断：%1</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>服务器响应：“%1”</translation>
    </message>
    <message>
        <source>Who has to act: %1</source>
        <translation>需要采取行动的一方：%1</translation>
    </message>
    <message>
        <source>What to do, in this order:</source>
        <translation>解决办法（按顺序）：</translation>
    </message>
    <message>
        <source>Details (format: %1)</source>
        <translation>详细信息（格式：%1）</translation>
    </message>
    <message>
        <source>Server that wrote the report: %1</source>
        <translation>生成此报告的服务器：%1</translation>
    </message>
    <message>
        <source>(no recipient named)</source>
        <translation>（未指明收件人）</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <source>Refused by: %1</source>
        <translation>拒绝方：%1</translation>
    </message>
    <message>
        <source>At step: %1</source>
        <translation>所在步骤：%1</translation>
    </message>
    <message>
        <source>Mail program&apos;s error: server %1, port %2, SSL %3, error number %4</source>
        <translation>邮件程序的错误：服务器 %1，端口 %2，SSL %3，错误编号 %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Original To: %1</source>
        <translation>原始收件人 (To)：%1</translation>
    </message>
    <message>
        <source>Original Received-SPF: %1</source>
        <translation>原始 Received-SPF：%1</translation>
    </message>
    <message>
        <source>Note: the text was cut short or too long; only part of it was read.</source>
        <translation>注意：文本被截断或过长；只读取了其中一部分。</translation>
    </message>
    <message>
        <source>Explains a pasted error message, bounce or server reply.</source>
        <translation>解释粘贴的错误消息、退信或服务器响应。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Where you are: home, work, travel or unknown (orders the fixes).</source>
        <translation>你所在的位置：home、work、travel 或 unknown（决定解决办法的顺序）。</translation>
    </message>
    <message>
        <source>Whose server the account uses: home, work or other.</source>
        <translation>该帐户使用谁的服务器：home、work 或 other。</translation>
    </message>
    <message>
        <source>Also write a report (.html, .pdf or .txt).</source>
        <translation>同时写入一份报告（.html、.pdf 或 .txt）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Unknown location &quot;%1&quot;: use home, work, travel or unknown.</source>
        <translation>未知的位置“%1”：请使用 home、work、travel 或 unknown。</translation>
    </message>
    <message>
        <source>Unknown account kind &quot;%1&quot;: use home, work or other.</source>
        <translation>未知的帐户类型“%1”：请使用 home、work 或 other。</translation>
    </message>
    <message>
        <source>The report file must end in .html, .pdf or .txt: %1</source>
        <translation>报告文件名必须以 .html、.pdf 或 .txt 结尾：%1</translation>
    </message>
    <message>
        <source>Nothing to decode: give a file, or - and paste the text (end with Ctrl+D).</source>
        <translation>没有可解读的内容：请指定一个文件，或者使用 - 并粘贴文本（以 Ctrl+D 结束）。</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>The input is larger than %1 MB; give only the error message or bounce.</source>
        <translation>输入超过 %1 MB；请只提供错误消息或退信。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; give only the error message or bounce.</source>
        <translation>%1 超过 %2 MB；请只提供错误消息或退信。</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>输入为空。</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>内部错误。</translation>
    </message>
    <message>
        <source>In the report, replace e-mail addresses and server names by placeholders (for public forums).</source>
        <translation>在报告中用占位符替换电子邮件地址和服务器名称（用于公共论坛）。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>Files to read, - for standard input, or folders (a maildir, or a folder of .eml files): several inputs are decoded in one go, one JSON object per line with --json.</source>
        <translation>要读取的文件，- 表示标准输入，或者文件夹（maildir 或包含 .eml 文件的文件夹）：多个输入一次解码，使用 --json 时每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>A report can be written for one input only.</source>
        <translation>只能为一个输入生成报告。</translation>
    </message>
    <message>
        <source>Standard input (-) cannot be combined with other inputs.</source>
        <translation>标准输入 (-) 不能与其他输入一起使用。</translation>
    </message>
    <message>
        <source>%1 holds no .eml files and is not a maildir.</source>
        <translation>%1 不包含 .eml 文件，也不是 maildir。</translation>
    </message>
    <message>
        <source>Not sure: the message does not say clearly enough what went wrong.</source>
        <translation>不确定：该消息没有清楚说明出了什么问题。</translation>
    </message>
    <message>
        <source>Language of the output (%1).</source>
        <translation>输出语言（%1）。</translation>
    </message>
</context>
<context>
    <name>od::DiagnosisPage</name>
    <message>
        <source>You are on someone else&apos;s network. Your provider&apos;s server does not recognise this connection as one of its own, so it passes mail on for you only after you log in.</source>
        <translation>你正在使用别人的网络。你的服务提供商的服务器不认为这是它自己的连接，因此只有在你登录后，才会为你中继邮件。</translation>
    </message>
    <message>
        <source>You are on your provider&apos;s own connection, where its server usually accepts you without a login. That it refuses now suggests the provider has changed its rules; logging in is the usual answer.</source>
        <translation>你正在使用服务提供商自己的网络，在这里它的服务器通常无需登录即可接受你的邮件。现在却被拒绝，说明服务提供商可能更改了规则；通常的解决办法是登录。</translation>
    </message>
    <message>
        <source>An office network usually has its own outgoing server, and your provider&apos;s server does not recognise the office connection. Send through the office server, or log in to your provider&apos;s server.</source>
        <translation>办公室网络通常有自己的传出服务器，而你的服务提供商的服务器不认识办公室的连接。请通过办公室的服务器发送，或者登录到你的服务提供商的服务器。</translation>
    </message>
    <message>
        <source>Servers pass mail on only for connections from their own network or for users who log in. From where you are, the server did not recognise you.</source>
        <translation>服务器只为来自自己网络的连接或已登录的用户中继邮件。在你当前的位置，服务器没有认出你。</translation>
    </message>
    <message>
        <source>Public and office networks often block the mail ports, especially port 25. Port 587 or 465 usually gets through.</source>
        <translation>公共网络和办公室网络经常封锁邮件端口，尤其是端口 25。端口 587 或 465 通常可以连通。</translation>
    </message>
    <message>
        <source>At the step &quot;%1&quot;, the server said:
%2</source>
        <translation>在“%1”这一步，服务器响应：
%2</translation>
    </message>
    <message>
        <source>The incoming mail server said:
%1</source>
        <translation>传入邮件服务器响应：
%1</translation>
    </message>
    <message>
        <source>At the step &quot;%1&quot;: %2</source>
        <translation>在“%1”这一步：%2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>发件人：%1</translation>
    </message>
    <message>
        <source>Recipients: %1, %2</source>
        <translation>收件人：%1、%2</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>登录：%1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>login</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Local address: %1</source>
        <translation>本地地址：%1</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>结论：%1 (%2)</translation>
    </message>
    <message>
        <source>POP3 %1:%2: %3</source>
        <translation>POP3 %1:%2：%3</translation>
    </message>
    <message>
        <source>Port %1 (%2), address %3: %4</source>
        <translation>端口 %1 (%2)，地址 %3：%4</translation>
    </message>
    <message>
        <source>  Stopped: %1 %2</source>
        <translation>  已停止：%1 %2</translation>
    </message>
    <message>
        <source>  Encryption: %1 %2</source>
        <translation>  加密：%1 %2</translation>
    </message>
    <message>
        <source>  Certificate: %1, SHA-256 %2</source>
        <translation>  证书：%1，SHA-256 %2</translation>
    </message>
    <message>
        <source>What the test found</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <source>In plain words, and who has to act.</source>
        <translation>用浅显的话说明问题，以及应由谁来处理。</translation>
    </message>
    <message>
        <source>Show &amp;technical details</source>
        <translation>显示技术细节(&amp;T)</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>显示技术细节</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术细节</translation>
    </message>
    <message>
        <source>Your settings work from here. Click Next to finish and, if you like, save a report.</source>
        <translation>你的设置在这里可以正常使用。单击“下一步”完成，如有需要，还可以保存一份报告。</translation>
    </message>
    <message>
        <source>This page explains the result of the test: what the server did, why it did it from where you are, and whether you can fix it yourself. Underneath are the server&apos;s own words, which are useful if you contact your provider. &quot;Show technical details&quot; lists every step of the test.</source>
        <translation>本页说明测试的结果：服务器做了什么，为什么在你当前的位置会这样，以及你能否自己解决。下方是服务器的原话，如果你要联系服务提供商，这些内容会很有用。“显示技术细节”会列出测试的每一个步骤。</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <comment>the fix to try first</comment>
        <translation>推荐：%1</translation>
    </message>
    <message>
        <source>Click Next: Outbox Doctor tests it before you change anything in your mail program. Other ways are on the next page too.</source>
        <translation>单击“下一步”：Outbox Doctor 会先进行测试，然后你再更改邮件程序中的设置。下一页还有其他方法。</translation>
    </message>
</context>
<context>
    <name>od::DonePage</name>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>报告已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf);;Plain text (*.txt)</source>
        <translation>网页 (*.html);;PDF 文档 (*.pdf);;纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The result, and what to change in your mail program.</source>
        <translation>结果，以及需要在邮件程序中更改的内容。</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>将报告复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a report for your provider</source>
        <translation>保存一份报告，交给你的服务提供商</translation>
    </message>
    <message>
        <source>As a web page, PDF or plain text. Your password is never in it.</source>
        <translation>可保存为网页、PDF 或纯文本。报告中绝不会包含你的密码。</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>操作说明</translation>
    </message>
    <message>
        <source>It works</source>
        <translation>问题已解决</translation>
    </message>
    <message>
        <source>The test went through: mail sent with these settings would be delivered. If mail still fails, check the recipient&apos;s address, or paste the error you get on the first page.</source>
        <translation>测试已通过：用这些设置发送的邮件可以送达。如果邮件仍然发送失败，请检查收件人的地址，或在第一页粘贴你收到的错误消息。</translation>
    </message>
    <message>
        <source>Ask your provider</source>
        <translation>咨询你的服务提供商</translation>
    </message>
    <message>
        <source>Send your provider or administrator the question from the previous page, with the report (&quot;Save report&quot; or &quot;Copy report&quot;).</source>
        <translation>将上一页中的问题连同报告（“保存报告”或“复制报告”）一起发送给你的服务提供商或管理员。</translation>
    </message>
    <message>
        <source>Not solved yet</source>
        <translation>尚未解决</translation>
    </message>
    <message>
        <source>Still refused: %1. Click Back to try another way, or contact your provider with the report.</source>
        <translation>仍被拒绝：%1。单击“上一步”尝试其他方法，或者带上报告联系你的服务提供商。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>fix tried: its result</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>What was tried:</source>
        <translation>已尝试的方法：</translation>
    </message>
    <message>
        <source>This page shows whether the problem is solved. If it is, change your mail program as described (the settings that were tested are listed). If not, go back and try another way, or send your provider the report. Click Finish to close Outbox Doctor.</source>
        <translation>本页显示问题是否已解决。如果已解决，请按说明更改你的邮件程序（下方列出了经过测试的设置）。如果尚未解决，请返回尝试其他方法，或者将报告发送给你的服务提供商。单击“完成”关闭 Outbox Doctor。</translation>
    </message>
    <message>
        <source>Hide addresses and server &amp;names</source>
        <comment>report option</comment>
        <translation>隐藏地址和服务器名称(&amp;N)</translation>
    </message>
    <message>
        <source>For sharing the report in a public forum: e-mail addresses, server names and IP addresses are replaced by placeholders.</source>
        <translation>用于在公共论坛中分享报告：电子邮件地址、服务器名称和 IP 地址会被替换为占位符。</translation>
    </message>
    <message>
        <source>Hide addresses and server names in the report</source>
        <translation>在报告中隐藏地址和服务器名称</translation>
    </message>
    <message>
        <source>The test with the new settings went through: mail sent with them would be delivered.</source>
        <translation>使用新设置的测试已通过：用这些设置发送的邮件可以送达。</translation>
    </message>
    <message>
        <source>Last step: open your mail program and send yourself a message.</source>
        <translation>最后一步：打开你的邮件程序，给自己发送一封邮件。</translation>
    </message>
    <message>
        <source>Last step: open %1 and send yourself a message.</source>
        <translation>最后一步：打开 %1，给自己发送一封邮件。</translation>
    </message>
    <message>
        <source>Last step: change your mail program as shown, then send yourself a message.</source>
        <translation>最后一步：按所示更改你的邮件程序，然后给自己发送一封邮件。</translation>
    </message>
    <message>
        <source>Last step: change %1 as shown, then send yourself a message.</source>
        <translation>最后一步：按所示更改 %1，然后给自己发送一封邮件。</translation>
    </message>
    <message>
        <source>It should leave the Outbox at once and arrive within a minute or two. If your mail program asks for your password, enter it there.</source>
        <translation>邮件应该会立即离开发件箱，并在一两分钟内送达。如果邮件程序要求输入密码，请在那里输入。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was trusted only for this test, so your mail program will warn about it too. Accept it there only if it shows this SHA-256 fingerprint: %1</source>
        <translation>服务器的证书只在本次测试中被信任，因此你的邮件程序也会对此发出警告。只有当证书显示以下 SHA-256 指纹时，才在邮件程序中接受它：%1</translation>
    </message>
    <message>
        <source>Try it in %1</source>
        <comment>mail program</comment>
        <translation>在 %1 中试一试</translation>
    </message>
    <message>
        <source>Outbox Doctor changed the settings of %1, but cannot test this change itself: only sending from %1 shows whether it works.</source>
        <translation>Outbox Doctor 已更改 %1 的设置，但无法自行测试此更改：只有从 %1 发送邮件才能知道它是否有效。</translation>
    </message>
    <message>
        <source>Settings tested: %1.</source>
        <comment>server, port (security), login</comment>
        <translation>已测试的设置：%1。</translation>
    </message>
    <message>
        <source>Incoming mail was checked first at %1.</source>
        <translation>已先在 %1 检查了传入邮件。</translation>
    </message>
    <message>
        <source>%1: not tested yet</source>
        <comment>fix tried</comment>
        <translation>%1：尚未测试</translation>
    </message>
    <message>
        <source>%1: changed, then undone</source>
        <comment>fix tried</comment>
        <translation>%1：已更改，随后已撤消</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>无法撤消更改：%1</translation>
    </message>
    <message>
        <source>&amp;Undo the change</source>
        <comment>the settings change made in the mail program</comment>
        <translation>撤消更改(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the change to the settings of your mail program</source>
        <translation>撤消对邮件程序设置所做的更改</translation>
    </message>
    <message>
        <source>%1 opens your provider&apos;s sign-in page once: sign in there.</source>
        <translation>%1 会打开一次服务提供商的登录页面：请在那里登录。</translation>
    </message>
    <message>
        <source>If the message is refused again, click &quot;%1&quot; below to put the settings of %2 back as they were.</source>
        <comment>%1: the undo button&apos;s label</comment>
        <translation>如果邮件再次被拒绝，请单击下方的“%1”，将 %2 的设置恢复原样。</translation>
    </message>
    <message>
        <source>To put the old settings back by hand, close %1 and copy %2 over %3.</source>
        <translation>要手动恢复旧设置，请关闭 %1，然后用 %2 覆盖 %3。</translation>
    </message>
</context>
<context>
    <name>od::Files</name>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，不是文件</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>路径中的某一部分是文件，而不是文件夹</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>reading it failed</source>
        <translation>读取失败</translation>
    </message>
    <message>
        <source>writing it failed</source>
        <translation>写入失败</translation>
    </message>
    <message>
        <source>a fatal error occurred</source>
        <translation>发生严重错误</translation>
    </message>
    <message>
        <source>the system ran out of resources (such as disk space or open files)</source>
        <translation>系统资源不足（例如磁盘空间或可打开的文件数）</translation>
    </message>
    <message>
        <source>the operation was stopped</source>
        <translation>操作已中止</translation>
    </message>
    <message>
        <source>the operation took too long</source>
        <translation>操作超时</translation>
    </message>
    <message>
        <source>it could not be removed</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>it could not be renamed</source>
        <translation>无法重命名</translation>
    </message>
    <message>
        <source>moving to a position in it failed</source>
        <translation>无法定位到文件中的指定位置</translation>
    </message>
    <message>
        <source>its size could not be changed</source>
        <translation>无法更改其大小</translation>
    </message>
    <message>
        <source>its permissions could not be changed</source>
        <translation>无法更改其权限</translation>
    </message>
    <message>
        <source>it could not be copied</source>
        <translation>无法复制</translation>
    </message>
    <message>
        <source>an unknown error occurred</source>
        <translation>发生未知错误</translation>
    </message>
</context>
<context>
    <name>od::FixPage</name>
    <message>
        <source>Not tested yet</source>
        <translation>尚未测试</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Works from here</source>
        <comment>candidate server</comment>
        <translation>在这里可用</translation>
    </message>
    <message>
        <source>as before</source>
        <comment>port</comment>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>Password: the one you use for incoming mail</source>
        <translation>密码：与接收邮件时使用的密码相同</translation>
    </message>
    <message>
        <source>Incoming server: %1</source>
        <translation>传入服务器：%1</translation>
    </message>
    <message>
        <source>In %1:</source>
        <comment>instructions for a mail program</comment>
        <translation>在 %1 中：</translation>
    </message>
    <message>
        <source>Values to enter:</source>
        <translation>需要输入的值：</translation>
    </message>
    <message>
        <source>Change your mail program after the test on the next page has confirmed that these settings work.</source>
        <translation>请等下一页的测试确认这些设置可用之后，再更改你的邮件程序。</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <source>Choose what to try. Outbox Doctor tests it before you change anything in your mail program.</source>
        <translation>选择要尝试的方法。Outbox Doctor 会先进行测试，然后你再更改邮件程序中的设置。</translation>
    </message>
    <message>
        <source>Your mail program should log in to the outgoing server, usually with the same user name and password as for incoming mail, over an encrypted connection.</source>
        <translation>你的邮件程序应该通过加密连接登录传出服务器，通常使用与接收邮件相同的用户名和密码。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Outgoing server port</source>
        <translation>传出服务器端口</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>加密(&amp;Y)：</translation>
    </message>
    <message>
        <source>Outgoing server encryption</source>
        <translation>传出服务器加密方式</translation>
    </message>
    <message>
        <source>The network you are on may have its own outgoing server (your office&apos;s, or the provider of this connection) that accepts mail from here without a login. Servers of your other accounts are listed and tested at once; add one you know of.</source>
        <translation>你所在的网络可能有自己的传出服务器（例如办公室的服务器，或当前网络服务提供商的服务器），无需登录即可接受从这里发出的邮件。下方列出了你其他帐户的服务器，并会立即进行测试；你也可以添加你知道的服务器。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <comment>outgoing server name</comment>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Outgoing server of this network</source>
        <translation>当前网络的传出服务器</translation>
    </message>
    <message>
        <source>smtp.example.net or smtp.example.net:587</source>
        <translation>smtp.example.net 或 smtp.example.net:587</translation>
    </message>
    <message>
        <source>&amp;Add and test</source>
        <translation>添加并测试(&amp;A)</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>column header</comment>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column header</comment>
        <translation>结果</translation>
    </message>
    <message>
        <source>Candidate outgoing servers</source>
        <translation>候选传出服务器</translation>
    </message>
    <message>
        <source>Some providers let you send only from a connection that has just logged in to the incoming (POP3) server. The test logs in there first, then sends.</source>
        <translation>有些服务提供商只允许刚刚登录过传入 (POP3) 服务器的连接发送邮件。测试会先登录该服务器，然后再发送。</translation>
    </message>
    <message>
        <source>In&amp;coming server:</source>
        <translation>传入服务器(&amp;C)：</translation>
    </message>
    <message>
        <source>Incoming server name</source>
        <translation>传入服务器名称</translation>
    </message>
    <message>
        <source>Incoming server port</source>
        <translation>传入服务器端口</translation>
    </message>
    <message>
        <source>Automatic (110 or 995)</source>
        <translation>自动（110 或 995）</translation>
    </message>
    <message>
        <source>Incoming server encryption</source>
        <translation>传入服务器加密方式</translation>
    </message>
    <message>
        <source>Incoming user name</source>
        <translation>传入服务器用户名</translation>
    </message>
    <message>
        <source>Incoming password</source>
        <translation>传入服务器密码</translation>
    </message>
    <message>
        <source>The server only accepts a sender address that belongs to the account you log in with. Use your address at this provider as the From address.</source>
        <translation>该服务器只接受属于登录帐户的发件人地址。请将你在此服务提供商处的地址用作发件人地址。</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>发件人地址(&amp;F)：</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <source>Nothing you can change from here will help: your provider or administrator has to act. Send them this question (and the report from the last page).</source>
        <translation>你在这里做任何更改都无济于事：需要由你的服务提供商或管理员处理。请将这个问题（以及最后一页中的报告）发送给他们。</translation>
    </message>
    <message>
        <source>Question for your provider</source>
        <translation>向服务提供商提出的问题</translation>
    </message>
    <message>
        <source>&amp;Copy the question</source>
        <translation>复制问题(&amp;C)</translation>
    </message>
    <message>
        <source>Instructions for &amp;mail program:</source>
        <translation>邮件程序的操作说明(&amp;M)：</translation>
    </message>
    <message>
        <source>Mail program for the instructions</source>
        <translation>操作说明所针对的邮件程序</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>操作说明</translation>
    </message>
    <message>
        <source>The ways to solve the problem are listed with the most likely first. Pick one, check the values (they are filled in from your account), and click Next: Outbox Doctor tests the new settings before you change your mail program. The instructions below show where to change them in your mail program; pick yours in the list if it is not the right one.</source>
        <translation>解决问题的方法按可能性从高到低排列。选择其中一种，检查各项值（已根据你的帐户填好），然后单击“下一步”：Outbox Doctor 会先测试新设置，然后你再更改邮件程序。下方的说明会告诉你在邮件程序中的哪里进行更改；如果显示的不是你的邮件程序，请在列表中选择。</translation>
    </message>
    <message>
        <source>&amp;Show the certificate…</source>
        <translation>查看证书(&amp;S)…</translation>
    </message>
    <message>
        <source>Show the certificate and decide whether to trust it</source>
        <translation>查看证书，并决定是否信任它</translation>
    </message>
    <message>
        <source>In your mail program:</source>
        <comment>instructions for a mail program not in the list</comment>
        <translation>在你的邮件程序中：</translation>
    </message>
    <message>
        <source>Test a&amp;ll</source>
        <translation>全部测试(&amp;L)</translation>
    </message>
    <message>
        <source>The server did not accept this user name or password. It said: %1</source>
        <translation>服务器不接受此用户名或密码。服务器响应：%1</translation>
    </message>
    <message>
        <source>Enter the user name for the login.</source>
        <translation>请输入用于登录的用户名。</translation>
    </message>
    <message>
        <source>Enter your password: the test logs in with it.</source>
        <translation>请输入你的密码：测试将使用它登录。</translation>
    </message>
    <message>
        <source>Type the name of this network&apos;s outgoing server, or pick one in the list.</source>
        <translation>请输入此网络的传出服务器名称，或从列表中选择一个。</translation>
    </message>
    <message>
        <source>Enter the incoming server&apos;s name.</source>
        <translation>请输入传入服务器的名称。</translation>
    </message>
    <message>
        <source>Enter the user name and password of the incoming server: the test logs in there first.</source>
        <translation>请输入传入服务器的用户名和密码：测试会先登录该服务器。</translation>
    </message>
    <message>
        <source>Enter an e-mail address that belongs to the account.</source>
        <translation>请输入属于此帐户的电子邮件地址。</translation>
    </message>
    <message>
        <source>Next leads to the report to send with your question.</source>
        <translation>“下一步”将转到报告页面，请将报告随你的问题一起发送。</translation>
    </message>
    <message>
        <source>Next tests these settings the way your mail program would use them. Nothing is sent, and nothing is changed in your mail program yet.</source>
        <translation>“下一步”会按照邮件程序的使用方式测试这些设置。不会发送任何内容，你的邮件程序中的设置也暂时不会更改。</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <comment>the fix to try first</comment>
        <translation>推荐：%1</translation>
    </message>
    <message numerus="yes">
        <source>O&amp;ther ways (%n)</source>
        <comment>fixes other than the recommended one</comment>
        <translation>
            <numerusform>其他方法（%n）(&amp;T)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the other ways to solve this</source>
        <translation>显示解决此问题的其他方法</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <comment>a fix</comment>
        <translation>%1（推荐）</translation>
    </message>
    <message>
        <source>If the other ways do not work, or you would rather not change the settings yourself, ask your provider or administrator. Send them this question (and the report from the last page).</source>
        <translation>如果其他方法都不起作用，或者你不想自己更改设置，请询问你的服务提供商或管理员。请将这个问题（以及最后一页中的报告）发送给他们。</translation>
    </message>
    <message>
        <source>Your provider no longer accepts your normal password from mail programs. Check its help pages for &quot;app password&quot; or &quot;OAuth2&quot;, then enter the app password here to test it.</source>
        <translation>你的服务提供商不再接受邮件程序使用你的普通密码。请在其帮助页面中查找“应用专用密码”或“OAuth2”，然后在这里输入应用专用密码进行测试。</translation>
    </message>
    <message>
        <source>Done: %1 now signs in to this server with OAuth2. Open %1 and send yourself a message; it opens your provider&apos;s sign-in page once.</source>
        <translation>完成：%1 现在使用 OAuth2 登录此服务器。请打开 %1 并给自己发送一封邮件；它会打开一次服务提供商的登录页面。</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 未被更改：%2</translation>
    </message>
    <message>
        <source>&amp;Question for your provider:</source>
        <comment>label of an editable text</comment>
        <translation>向服务提供商提出的问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>Undo the switch of %1 to OAuth2 sign-in</source>
        <comment>OAuth2 is a sign-in method</comment>
        <translation>撤消将 %1 切换为 OAuth2 登录</translation>
    </message>
    <message>
        <source>Backup of the file as it was: %1</source>
        <translation>文件原样的备份：%1</translation>
    </message>
    <message>
        <source>The switch could not be undone: %1</source>
        <translation>无法撤消切换：%1</translation>
    </message>
    <message>
        <source>Undone: %1 signs in as it did before; its settings file was restored from the backup.</source>
        <translation>已撤消：%1 恢复为以前的登录方式；它的设置文件已从备份还原。</translation>
    </message>
    <message>
        <source>&amp;Switch %1 to OAuth2 sign-in for me</source>
        <comment>OAuth2 is a sign-in method</comment>
        <translation>帮我将 %1 切换为 OAuth2 登录(&amp;J)</translation>
    </message>
    <message>
        <source>Un&amp;do the switch</source>
        <comment>back to the sign-in method the mail program had</comment>
        <translation>撤消切换(&amp;D)</translation>
    </message>
</context>
<context>
    <name>od::Knowledge</name>
    <message>
        <source>You can fix this yourself.</source>
        <translation>你可以自己解决这个问题。</translation>
    </message>
    <message>
        <source>Your provider or administrator has to act.</source>
        <translation>需要由你的服务提供商或管理员处理。</translation>
    </message>
    <message>
        <source>The problem is on the recipient&apos;s side.</source>
        <translation>问题出在收件人一方。</translation>
    </message>
    <message>
        <source>Mail would go through</source>
        <translation>邮件可以发出</translation>
    </message>
    <message>
        <source>The server accepted the sender and every recipient. Mail sent with these settings would be delivered.</source>
        <translation>服务器接受了发件人和所有收件人。用这些设置发送的邮件可以送达。</translation>
    </message>
    <message>
        <source>The server refuses to pass your mail on</source>
        <translation>服务器拒绝为你中继邮件</translation>
    </message>
    <message>
        <source>The server accepts mail for its own addresses but refuses to forward mail to other domains for you, because it does not recognise you as one of its users. This usually happens when you send through your home or work server from another network.</source>
        <translation>服务器接受发往它自己地址的邮件，但拒绝为你将邮件转发到其他域，因为它不认为你是它的用户。当你在其他网络中通过家里或工作单位的服务器发送邮件时，通常就会出现这种情况。</translation>
    </message>
    <message>
        <source>The server wants you to log in first</source>
        <translation>服务器要求你先登录</translation>
    </message>
    <message>
        <source>The server only accepts mail from users who log in with a user name and password. Your mail program is sending without logging in.</source>
        <translation>服务器只接受使用用户名和密码登录的用户发送的邮件。你的邮件程序在发送时没有登录。</translation>
    </message>
    <message>
        <source>The server refused your user name or password</source>
        <translation>服务器拒绝了你的用户名或密码</translation>
    </message>
    <message>
        <source>The server asked for a login and refused the user name or password it was given.</source>
        <translation>服务器要求登录，但拒绝了提供给它的用户名或密码。</translation>
    </message>
    <message>
        <source>The server offers no usable way to log in</source>
        <translation>服务器没有提供可用的登录方式</translation>
    </message>
    <message>
        <source>A login is needed, but this server does not offer a login method Outbox Doctor can use on this connection.</source>
        <translation>需要登录，但在此连接上，该服务器没有提供 Outbox Doctor 可以使用的登录方式。</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection</source>
        <translation>服务器要求使用加密连接</translation>
    </message>
    <message>
        <source>The server will only continue once the connection is encrypted (STARTTLS or SSL/TLS).</source>
        <translation>只有在连接加密（STARTTLS 或 SSL/TLS）之后，服务器才会继续。</translation>
    </message>
    <message>
        <source>An encrypted connection could not be set up</source>
        <translation>无法建立加密连接</translation>
    </message>
    <message>
        <source>The connection could not be encrypted, so your password was not sent.</source>
        <translation>无法对连接进行加密，因此没有发送你的密码。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted</source>
        <translation>服务器的证书不可信</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified. This can be a misconfigured server, or someone on this network intercepting the connection.</source>
        <translation>无法验证服务器的身份。可能是服务器配置有误，也可能是此网络中有人在拦截连接。</translation>
    </message>
    <message>
        <source>The server refuses your sender address</source>
        <translation>服务器拒绝了你的发件人地址</translation>
    </message>
    <message>
        <source>The server does not accept mail from this From address, usually because the address does not belong to the account you log in with.</source>
        <translation>服务器不接受来自此发件人 (From) 地址的邮件，通常是因为该地址不属于你登录的帐户。</translation>
    </message>
    <message>
        <source>The recipient&apos;s address does not exist</source>
        <translation>收件人的地址不存在</translation>
    </message>
    <message>
        <source>The receiving side says there is no mailbox with this address.</source>
        <translation>接收方表示没有使用此地址的邮箱。</translation>
    </message>
    <message>
        <source>Your connection or server is blocked</source>
        <translation>你的连接或服务器被封锁</translation>
    </message>
    <message>
        <source>The server refuses mail from this network address or server, often because it is on a block list.</source>
        <translation>服务器拒绝接收来自此网络地址或服务器的邮件，通常是因为它在黑名单上。</translation>
    </message>
    <message>
        <source>Too much mail in a short time</source>
        <translation>短时间内邮件过多</translation>
    </message>
    <message>
        <source>The server has temporarily limited how much you may send. Try again later.</source>
        <translation>服务器暂时限制了你的发送量。请稍后再试。</translation>
    </message>
    <message>
        <source>The message itself was refused</source>
        <translation>邮件本身被拒绝</translation>
    </message>
    <message>
        <source>The server accepted the addresses but refused the message content.</source>
        <translation>服务器接受了地址，但拒绝了邮件内容。</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>邮件太大</translation>
    </message>
    <message>
        <source>The message is larger than the server allows.</source>
        <translation>邮件大小超过了服务器允许的上限。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <translation>收件人的邮箱已满</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has no room left.</source>
        <translation>收件人的邮箱已没有剩余空间。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled</source>
        <translation>收件人的邮箱已被停用</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but does not accept mail.</source>
        <translation>收件人的邮箱存在，但不接收邮件。</translation>
    </message>
    <message>
        <source>The sender domain&apos;s checks failed</source>
        <translation>发件人域的检查未通过</translation>
    </message>
    <message>
        <source>The receiving side checked whether your server may send for your domain (SPF, DKIM, DMARC) and the check failed.</source>
        <translation>接收方检查了你的服务器是否有权代表你的域发送邮件（SPF、DKIM、DMARC），但检查未通过。</translation>
    </message>
    <message>
        <source>The message went round in a loop</source>
        <translation>邮件陷入了循环</translation>
    </message>
    <message>
        <source>The message was passed between servers too many times.</source>
        <translation>这封邮件在服务器之间传递的次数太多。</translation>
    </message>
    <message>
        <source>Delivery took too long and was given up</source>
        <translation>投递耗时过长，已被放弃</translation>
    </message>
    <message>
        <source>The sending server tried to deliver the message for a long time without success.</source>
        <translation>发送服务器长时间尝试投递这封邮件，但没有成功。</translation>
    </message>
    <message>
        <source>The connection is blocked on this network</source>
        <translation>此网络封锁了该连接</translation>
    </message>
    <message>
        <source>No answer came from the server on this port. Networks in hotels, cafés and many providers block outgoing mail ports, especially port 25.</source>
        <translation>服务器在此端口上没有任何响应。酒店、咖啡馆和许多服务提供商的网络会封锁外发邮件端口，尤其是端口 25。</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>服务器拒绝了连接</translation>
    </message>
    <message>
        <source>Nothing accepts connections on this server and port.</source>
        <translation>此服务器的这个端口上没有任何服务接受连接。</translation>
    </message>
    <message>
        <source>The server does not answer</source>
        <translation>服务器没有响应</translation>
    </message>
    <message>
        <source>A connection was made, but the server never said hello. Something in between may be intercepting the connection.</source>
        <translation>连接已建立，但服务器始终没有发送问候。中间可能有东西在拦截连接。</translation>
    </message>
    <message>
        <source>The server name cannot be found</source>
        <translation>找不到服务器名称</translation>
    </message>
    <message>
        <source>The name of the outgoing server could not be looked up. Check its spelling, or this network may not resolve it.</source>
        <translation>无法查询传出服务器的名称。请检查拼写，也可能是当前网络无法解析该名称。</translation>
    </message>
    <message>
        <source>The server is not available right now</source>
        <translation>服务器目前不可用</translation>
    </message>
    <message>
        <source>The server said it cannot take mail at the moment.</source>
        <translation>服务器表示目前无法接收邮件。</translation>
    </message>
    <message>
        <source>The server&apos;s answers make no sense</source>
        <translation>服务器的响应无法理解</translation>
    </message>
    <message>
        <source>The server sent something that is not valid SMTP, so the test was stopped. Something in between may be interfering.</source>
        <translation>服务器发送的内容不是有效的 SMTP，因此测试已停止。中间可能有东西在干扰。</translation>
    </message>
    <message>
        <source>The cause is not clear</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <source>Outbox Doctor could not tell what went wrong from what the server said.</source>
        <translation>Outbox Doctor 无法根据服务器的响应判断出了什么问题。</translation>
    </message>
    <message>
        <source>Use the outgoing server of the network you are on</source>
        <translation>使用当前网络的传出服务器</translation>
    </message>
    <message>
        <source>Send through the outgoing (SMTP) server of the network you are connected to: your work server at work, or the provider of this connection.</source>
        <translation>通过你所连接网络的传出 (SMTP) 服务器发送：在单位时使用单位的服务器，在其他地方使用当前网络服务提供商的服务器。</translation>
    </message>
    <message>
        <source>Turn on authentication for the outgoing server</source>
        <translation>为传出服务器打开身份验证</translation>
    </message>
    <message>
        <source>Tell your mail program that the outgoing server requires authentication, usually with the same user name and password as for incoming mail.</source>
        <translation>在邮件程序中设置传出服务器要求身份验证，通常使用与接收邮件相同的用户名和密码。</translation>
    </message>
    <message>
        <source>Check your incoming mail before sending</source>
        <translation>发送前先检查传入邮件</translation>
    </message>
    <message>
        <source>Some providers let you send only after you have logged in to the incoming (POP3) server from the same connection.</source>
        <translation>有些服务提供商要求你先通过同一个连接登录传入 (POP3) 服务器，然后才允许发送。</translation>
    </message>
    <message>
        <source>Correct your From or reply address</source>
        <translation>更正你的发件人地址或答复地址</translation>
    </message>
    <message>
        <source>Use an e-mail address that belongs to the account you send through.</source>
        <translation>请使用属于你发送邮件所用帐户的电子邮件地址。</translation>
    </message>
    <message>
        <source>Use port 587 (STARTTLS) or 465 (SSL/TLS)</source>
        <translation>使用端口 587 (STARTTLS) 或 465 (SSL/TLS)</translation>
    </message>
    <message>
        <source>Switch the outgoing server to the submission port 587 with STARTTLS, or 465 with SSL/TLS, and turn on authentication.</source>
        <translation>将传出服务器改为邮件提交端口 587 并使用 STARTTLS，或改为 465 并使用 SSL/TLS，同时打开身份验证。</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>检查服务器的证书</translation>
    </message>
    <message>
        <source>Compare the certificate&apos;s fingerprint with what your provider publishes; trust it only if it matches.</source>
        <translation>将证书的指纹与你的服务提供商公布的指纹进行比较；只有一致时才信任它。</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address</source>
        <translation>检查收件人的地址</translation>
    </message>
    <message>
        <source>Make sure the recipient&apos;s address is spelled correctly and still in use.</source>
        <translation>确认收件人的地址拼写正确，并且仍在使用。</translation>
    </message>
    <message>
        <source>Contact your provider or administrator</source>
        <translation>联系你的服务提供商或管理员</translation>
    </message>
    <message>
        <source>Send them the report from Outbox Doctor: it contains what they need to help you.</source>
        <translation>将 Outbox Doctor 生成的报告发送给他们：报告中包含他们帮助你所需的信息。</translation>
    </message>
    <message>
        <source>Wait and try again</source>
        <translation>稍候重试</translation>
    </message>
    <message>
        <source>The problem is temporary. Try again in a while.</source>
        <translation>这是暂时性的问题。请过一会儿再试。</translation>
    </message>
    <message>
        <source>The connection security setting does not match the port</source>
        <translation>连接安全设置与端口不匹配</translation>
    </message>
    <message>
        <source>This port expects a different kind of encryption than your mail program is set to use. Port 465 is encrypted from the start (SSL/TLS); ports 587 and 25 start unencrypted and switch with STARTTLS.</source>
        <translation>此端口要求的加密方式与你的邮件程序设置的不同。端口 465 从一开始就加密 (SSL/TLS)；端口 587 和 25 先以未加密方式开始，再通过 STARTTLS 切换为加密。</translation>
    </message>
    <message>
        <source>Your provider no longer accepts your normal password for sending</source>
        <translation>你的服务提供商不再接受用普通密码发送邮件</translation>
    </message>
    <message>
        <source>The provider wants another way to sign in: its own sign-in page (OAuth2) in your mail program, an app password or authorisation code made in its web settings, or sending (SMTP) switched on there first.</source>
        <translation>服务提供商要求使用其他方式登录：在邮件程序中通过其自己的登录页面 (OAuth2)，使用在其网页设置中生成的应用专用密码或授权码，或者先在那里开启发送 (SMTP) 功能。</translation>
    </message>
    <message>
        <source>Correct the connection security setting</source>
        <translation>更正连接安全设置</translation>
    </message>
    <message>
        <source>Set the connection security to what the port expects: SSL/TLS for port 465, STARTTLS for port 587.</source>
        <translation>将连接安全设置为端口所要求的方式：端口 465 使用 SSL/TLS，端口 587 使用 STARTTLS。</translation>
    </message>
    <message>
        <source>Sign in the way your provider now requires</source>
        <translation>按服务提供商现在的要求登录</translation>
    </message>
    <message>
        <source>Switch your mail program to the provider&apos;s own sign-in (OAuth2), or make an app password or authorisation code in the provider&apos;s web settings and use it instead of your normal password. Some providers also need sending (SMTP) switched on there.</source>
        <translation>将邮件程序切换为服务提供商自己的登录方式 (OAuth2)，或在服务提供商的网页设置中生成应用专用密码或授权码，用它代替你的普通密码。有些服务提供商还要求在那里开启发送 (SMTP) 功能。</translation>
    </message>
</context>
<context>
    <name>od::MailWayView</name>
    <message>
        <source>Testing…</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Works</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Not reached</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>未到达</translation>
    </message>
    <message>
        <source>Not sure</source>
        <comment>a stretch of the mail&apos;s way</comment>
        <translation>不确定</translation>
    </message>
    <message>
        <source>The mail&apos;s way</source>
        <translation>邮件的路径</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>这台计算机</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>在家中</translation>
    </message>
    <message>
        <source>at work</source>
        <translation>在单位</translation>
    </message>
    <message>
        <source>on someone else&apos;s network</source>
        <translation>在别人的网络上</translation>
    </message>
    <message>
        <source>on this network</source>
        <translation>在此网络上</translation>
    </message>
    <message>
        <source>Your outgoing server</source>
        <translation>你的传出服务器</translation>
    </message>
    <message>
        <source>The recipient&apos;s server</source>
        <translation>收件人的服务器</translation>
    </message>
    <message>
        <source>another domain</source>
        <translation>其他域</translation>
    </message>
    <message>
        <source>From this computer to %1: %2</source>
        <translation>从这台计算机到 %1：%2</translation>
    </message>
    <message>
        <source>From %1 on to %2: %3</source>
        <translation>从 %1 继续到 %2：%3</translation>
    </message>
</context>
<context>
    <name>od::Network</name>
    <message>
        <source>The server closed the connection.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
    <message>
        <source>The name was not found.</source>
        <translation>找不到该名称。</translation>
    </message>
    <message>
        <source>This computer has run out of network resources (too many connections are open).</source>
        <translation>此计算机的网络资源已耗尽（打开的连接过多）。</translation>
    </message>
    <message>
        <source>The network did not answer in time.</source>
        <translation>网络没有及时响应。</translation>
    </message>
    <message>
        <source>The data was too large to send.</source>
        <translation>数据太大，无法发送。</translation>
    </message>
    <message>
        <source>The network failed (for example, the connection to it was lost).</source>
        <translation>网络出现故障（例如与网络的连接已断开）。</translation>
    </message>
    <message>
        <source>The local address is already in use.</source>
        <translation>本地地址已被占用。</translation>
    </message>
    <message>
        <source>The address to send from does not belong to this computer.</source>
        <translation>用于发送的地址不属于此计算机。</translation>
    </message>
    <message>
        <source>This computer does not support the network operation (for example, IPv6 is switched off).</source>
        <translation>此计算机不支持该网络操作（例如 IPv6 已关闭）。</translation>
    </message>
    <message>
        <source>An earlier network operation had not finished.</source>
        <translation>之前的网络操作尚未完成。</translation>
    </message>
    <message>
        <source>The proxy wants a login.</source>
        <translation>代理服务器要求登录。</translation>
    </message>
    <message>
        <source>The encrypted connection (SSL/TLS) could not be set up.</source>
        <translation>无法建立加密连接 (SSL/TLS)。</translation>
    </message>
    <message>
        <source>The proxy refused the connection.</source>
        <translation>代理服务器拒绝了连接。</translation>
    </message>
    <message>
        <source>The proxy closed the connection.</source>
        <translation>代理服务器关闭了连接。</translation>
    </message>
    <message>
        <source>The proxy did not answer in time.</source>
        <translation>代理服务器没有及时响应。</translation>
    </message>
    <message>
        <source>The proxy was not found.</source>
        <translation>找不到代理服务器。</translation>
    </message>
    <message>
        <source>The proxy&apos;s answer could not be understood.</source>
        <translation>无法理解代理服务器的响应。</translation>
    </message>
    <message>
        <source>The network operation was not possible in the connection&apos;s state.</source>
        <translation>在连接的当前状态下无法执行该网络操作。</translation>
    </message>
    <message>
        <source>The encryption library (SSL/TLS) failed.</source>
        <translation>加密库 (SSL/TLS) 出现故障。</translation>
    </message>
    <message>
        <source>The encryption library (SSL/TLS) was given invalid data.</source>
        <translation>加密库 (SSL/TLS) 收到了无效数据。</translation>
    </message>
    <message>
        <source>A passing network error occurred.</source>
        <translation>发生临时网络错误。</translation>
    </message>
    <message>
        <source>An unknown network error occurred.</source>
        <translation>发生未知网络错误。</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>证书已被吊销</translation>
    </message>
    <message>
        <source>This computer has no support for encrypted connections (SSL/TLS)</source>
        <translation>此计算机不支持加密连接 (SSL/TLS)</translation>
    </message>
    <message>
        <source>Whether the certificate has been revoked could not be checked</source>
        <translation>无法检查证书是否已被吊销</translation>
    </message>
</context>
<context>
    <name>od::OutboxWizard</name>
    <message>
        <source>Outbox Doctor</source>
        <translation>Outbox Doctor</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>帮助：%1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>button of the help window</comment>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <comment>wizard button</comment>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>wizard button</comment>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <comment>wizard button</comment>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>wizard button</comment>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>wizard button</comment>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Save a report first?</source>
        <translation>要先保存报告吗？</translation>
    </message>
    <message>
        <source>Close Outbox Doctor?</source>
        <translation>要关闭 Outbox Doctor 吗？</translation>
    </message>
    <message>
        <source>The test results are lost when Outbox Doctor closes. A report keeps them for your provider or helpdesk; your password is never in it.</source>
        <translation>Outbox Doctor 关闭后，测试结果将会丢失。报告可以保留这些结果，供你的服务提供商或技术支持人员查看；报告中绝不会包含你的密码。</translation>
    </message>
    <message>
        <source>What you typed is not kept.</source>
        <translation>你输入的内容不会被保留。</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>不保存并关闭(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>保持打开(&amp;K)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
</context>
<context>
    <name>od::Pop3Login</name>
    <message>
        <source>The incoming mail server closed the connection.</source>
        <translation>传入邮件服务器关闭了连接。</translation>
    </message>
    <message>
        <source>Logging in to the incoming mail server %1 (%2) port %3 first</source>
        <translation>正在先登录传入邮件服务器 %1 (%2) 端口 %3</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>已加密 (%1)</translation>
    </message>
    <message>
        <source>The incoming mail server did not answer the connection attempt.</source>
        <translation>传入邮件服务器没有响应连接请求。</translation>
    </message>
    <message>
        <source>The incoming mail server did not greet.</source>
        <translation>传入邮件服务器没有发送问候。</translation>
    </message>
    <message>
        <source>The incoming mail server stopped answering.</source>
        <translation>传入邮件服务器停止了响应。</translation>
    </message>
    <message>
        <source>The incoming mail server sent a line that is far too long.</source>
        <translation>传入邮件服务器发送了过长的行。</translation>
    </message>
    <message>
        <source>A setting contains a line break, so the command was not sent.</source>
        <translation>某项设置中包含换行符，因此未发送该命令。</translation>
    </message>
    <message>
        <source>The incoming mail server does not offer encryption (STLS).</source>
        <translation>传入邮件服务器不支持加密 (STLS)。</translation>
    </message>
    <message>
        <source>The incoming mail server does not offer encryption, so your password was not sent.</source>
        <translation>传入邮件服务器不支持加密，因此没有发送你的密码。</translation>
    </message>
    <message>
        <source>The incoming mail server sent something that is not a POP3 answer.</source>
        <translation>传入邮件服务器发送的内容不是 POP3 响应。</translation>
    </message>
    <message>
        <source>The incoming mail server refused the connection.</source>
        <translation>传入邮件服务器拒绝了连接。</translation>
    </message>
    <message>
        <source>The incoming mail server refused to start encryption.</source>
        <translation>传入邮件服务器拒绝启动加密。</translation>
    </message>
    <message>
        <source>The incoming mail server refused the user name.</source>
        <translation>传入邮件服务器拒绝了该用户名。</translation>
    </message>
    <message>
        <source>The incoming mail server refused the login.</source>
        <translation>传入邮件服务器拒绝了登录。</translation>
    </message>
    <message>
        <source>Logged in to the incoming mail server.</source>
        <translation>已登录传入邮件服务器。</translation>
    </message>
</context>
<context>
    <name>od::ProbeView</name>
    <message>
        <source>Step</source>
        <comment>column header</comment>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>column header</comment>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>column header</comment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>测试步骤</translation>
    </message>
    <message>
        <source>Show the con&amp;versation with the server</source>
        <translation>显示与服务器的会话记录(&amp;V)</translation>
    </message>
    <message>
        <source>Show the conversation with the server</source>
        <translation>显示与服务器的会话记录</translation>
    </message>
    <message>
        <source>Conversation with the server</source>
        <translation>与服务器的会话记录</translation>
    </message>
    <message>
        <source>Incoming server first (POP3): %1</source>
        <translation>先登录传入服务器 (POP3)：%1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Works</source>
        <comment>test result</comment>
        <translation>可用</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>正在等待服务器…</translation>
    </message>
    <message>
        <source>Not reached</source>
        <comment>test step</comment>
        <translation>未执行</translation>
    </message>
    <message>
        <source>succeeded</source>
        <comment>test step</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>test step</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>test step</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>not reached</source>
        <comment>test step</comment>
        <translation>未执行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>od::ProviderSignIn</name>
    <message>
        <source>Microsoft 365 no longer accepts a password from mail programs: choose OAuth2 as the authentication method (your mail program then opens Microsoft&apos;s sign-in page). Your administrator has to allow sending from mail programs (SMTP AUTH) for your mailbox.</source>
        <translation>Microsoft 365 不再接受邮件程序使用密码登录：请选择 OAuth2 作为身份验证方式（随后邮件程序会打开 Microsoft 的登录页面）。你的管理员必须为你的邮箱允许从邮件程序发送邮件 (SMTP AUTH)。</translation>
    </message>
    <message>
        <source>Outlook.com accepts only Microsoft&apos;s own sign-in from mail programs (since 16 September 2024): choose OAuth2 as the authentication method. A password or an app password no longer works.</source>
        <translation>Outlook.com 只接受邮件程序通过 Microsoft 自己的登录方式登录（自 2024 年 9 月 16 日起）：请选择 OAuth2 作为身份验证方式。密码或应用专用密码都已无法使用。</translation>
    </message>
    <message>
        <source>Gmail: choose OAuth2 as the authentication method (your mail program then opens Google&apos;s sign-in page), or turn on 2-Step Verification and create an app password at myaccount.google.com/apppasswords to use instead of your password.</source>
        <translation>Gmail：请选择 OAuth2 作为身份验证方式（随后邮件程序会打开 Google 的登录页面），或者开启两步验证，并在 myaccount.google.com/apppasswords 创建应用专用密码，用它代替你的密码。</translation>
    </message>
    <message>
        <source>Yahoo Mail: choose OAuth2 as the authentication method if your mail program offers it, or create an app password on your Yahoo Account Security page (&quot;Create app password&quot;) and use it instead of your password.</source>
        <translation>Yahoo Mail：如果你的邮件程序支持 OAuth2，请选择它作为身份验证方式；或者在 Yahoo 帐户的安全页面上创建应用专用密码（“创建应用专用密码”），用它代替你的密码。</translation>
    </message>
    <message>
        <source>iCloud Mail: create an app-specific password at appleid.apple.com (Sign-In and Security, App-Specific Passwords; two-factor authentication must be on) and use it instead of your Apple Account password.</source>
        <translation>iCloud 邮件：在 appleid.apple.com 上创建 App 专用密码（“登录和安全”中的“App 专用密码”；必须已开启双重认证），用它代替你的 Apple 账户密码。</translation>
    </message>
    <message>
        <source>NetEase Mail: in the web mail&apos;s settings, turn on the POP3/SMTP service and use the client authorisation code it gives you instead of your password.</source>
        <translation>网易邮箱：在网页邮箱的设置中开启 POP3/SMTP 服务，并使用它提供的客户端授权码代替你的密码。</translation>
    </message>
    <message>
        <source>QQ Mail: in Settings, Account, turn on the POP3/SMTP service and generate an authorisation code; use it instead of your QQ password.</source>
        <translation>QQ 邮箱：在“设置”&gt;“账户”中开启 POP3/SMTP 服务并生成授权码；用它代替你的 QQ 密码。</translation>
    </message>
</context>
<context>
    <name>od::RelayReasoning</name>
    <message>
        <source>The recipient is in the same domain as your account, so the server delivers the message itself: no relaying is involved, and it should go through from anywhere.</source>
        <translation>收件人与你的帐户位于同一个域，因此服务器会自己投递这封邮件：不涉及中继，在任何地方发送都应该能成功。</translation>
    </message>
    <message>
        <source>The recipient is in another domain, so the server has to pass the message on (relay). You are on the network this server trusts, so it should accept that. If it refuses anyway, the provider has changed its rules, for example it now wants you to log in.</source>
        <translation>收件人位于另一个域，因此服务器需要转发这封邮件（中继）。你正在使用该服务器信任的网络，所以它应该会接受。如果它仍然拒绝，说明服务提供商更改了规则，例如现在要求你登录。</translation>
    </message>
    <message>
        <source>The recipient is in another domain, so the server has to pass the message on (relay). You are not on the network this server trusts, so it cannot tell you from a stranger and will usually refuse, unless you log in to it or send through the server of the network you are on.</source>
        <translation>收件人位于另一个域，因此服务器需要转发这封邮件（中继）。你没有使用该服务器信任的网络，它无法把你和陌生人区分开，因此通常会拒绝，除非你登录该服务器，或者通过你当前所在网络的服务器发送。</translation>
    </message>
    <message>
        <source>The recipient is in another domain, so the server has to pass the message on (relay). This kind of server only relays for users who log in, wherever they are.</source>
        <translation>收件人位于另一个域，因此服务器需要转发这封邮件（中继）。这类服务器只为已登录的用户中继邮件，无论用户身在何处。</translation>
    </message>
    <message>
        <source>You log in to the server, so it should pass your mail on to any domain, wherever you are.</source>
        <translation>你登录了该服务器，因此无论你身在何处，它都应该为你把邮件转发到任何域。</translation>
    </message>
    <message>
        <source>Whether this server will pass the message on depends on where you are and whether you log in. Tell Outbox Doctor where you are for a precise answer.</source>
        <translation>该服务器是否会转发这封邮件，取决于你所在的位置以及你是否登录。告诉 Outbox Doctor 你在哪里，即可得到准确的答案。</translation>
    </message>
</context>
<context>
    <name>od::Report</name>
    <message>
        <source>A PDF report can only be made by the graphical program (internal error: no QGuiApplication).</source>
        <translation>只有图形界面程序才能生成 PDF 报告（内部错误：没有 QGuiApplication）。</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>无法生成 PDF。</translation>
    </message>
    <message>
        <source>Outbox Doctor report: %1</source>
        <translation>Outbox Doctor 报告：%1</translation>
    </message>
    <message>
        <source>At home, on the provider&apos;s own connection</source>
        <translation>在家中，使用服务提供商自己的网络</translation>
    </message>
    <message>
        <source>At work, on the office network</source>
        <translation>在单位，使用办公室网络</translation>
    </message>
    <message>
        <source>Travelling: hotel, airport, café, mobile hotspot or someone else&apos;s network</source>
        <translation>在外：酒店、机场、咖啡馆、手机热点或别人的网络</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>服务器支持时使用 STARTTLS</translation>
    </message>
    <message>
        <source>Looking up the server&apos;s name (DNS)</source>
        <translation>查询服务器名称 (DNS)</translation>
    </message>
    <message>
        <source>Connecting (TCP)</source>
        <translation>建立连接 (TCP)</translation>
    </message>
    <message>
        <source>Encrypting the connection (SSL/TLS)</source>
        <translation>加密连接 (SSL/TLS)</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>服务器问候</translation>
    </message>
    <message>
        <source>Encrypting the connection (after STARTTLS)</source>
        <translation>加密连接（STARTTLS 之后）</translation>
    </message>
    <message>
        <source>EHLO after encryption</source>
        <translation>加密后的 EHLO</translation>
    </message>
    <message>
        <source>Logging in (AUTH)</source>
        <translation>登录 (AUTH)</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>发件人 (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient in the sender&apos;s own domain (RCPT TO)</source>
        <translation>发件人所在域中的收件人 (RCPT TO)</translation>
    </message>
    <message>
        <source>Recipient in another domain (RCPT TO)</source>
        <translation>其他域中的收件人 (RCPT TO)</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>发送测试邮件</translation>
    </message>
    <message>
        <source>Logging in to the incoming server (POP3)</source>
        <translation>登录传入服务器 (POP3)</translation>
    </message>
    <message>
        <source>The conversation was completed.</source>
        <translation>会话已完整结束。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be looked up.</source>
        <translation>无法查询服务器名称。</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>连接被拒绝。</translation>
    </message>
    <message>
        <source>No connection could be made in time (the port may be blocked).</source>
        <translation>未能及时建立连接（端口可能被封锁）。</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>发生网络错误。</translation>
    </message>
    <message>
        <source>The server did not greet in time.</source>
        <translation>服务器没有及时发送问候。</translation>
    </message>
    <message>
        <source>The server closed the connection before greeting.</source>
        <translation>服务器在发送问候之前关闭了连接。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not valid SMTP.</source>
        <translation>服务器的响应不是有效的 SMTP。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器没有及时响应。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up.</source>
        <translation>无法建立加密连接。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>无法验证服务器的证书。</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS.</source>
        <translation>服务器不支持 STARTTLS。</translation>
    </message>
    <message>
        <source>The password was not sent, because the connection was not encrypted.</source>
        <translation>由于连接未加密，没有发送密码。</translation>
    </message>
    <message>
        <source>The server does not offer to log in.</source>
        <translation>服务器不提供登录。</translation>
    </message>
    <message>
        <source>The server refused.</source>
        <translation>服务器拒绝了请求。</translation>
    </message>
    <message>
        <source>The test was stopped.</source>
        <translation>测试已停止。</translation>
    </message>
    <message>
        <source>issued by an authority this computer does not trust</source>
        <translation>由此计算机不信任的颁发机构颁发</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>自签名</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>issued for another server name</source>
        <translation>为其他服务器名称颁发</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>other verification error</source>
        <translation>其他验证错误</translation>
    </message>
    <message>
        <source>solved the problem</source>
        <translation>解决了问题</translation>
    </message>
    <message>
        <source>did not help</source>
        <translation>没有帮助</translation>
    </message>
    <message>
        <source>not tested yet</source>
        <translation>尚未测试</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1, port %2 (%3)</source>
        <translation>%1，端口 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2), port %3 (%4)</source>
        <translation>%1 (%2)，端口 %3 (%4)</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>传出服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>判定所在步骤</translation>
    </message>
    <message>
        <source>The server&apos;s reply</source>
        <translation>服务器响应</translation>
    </message>
    <message>
        <source>Tested at</source>
        <translation>测试时间</translation>
    </message>
    <message>
        <source>The settings could not be tested</source>
        <translation>无法测试这些设置</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>A pasted error message (no live test was run)</source>
        <translation>粘贴的错误消息（未进行实时测试）</translation>
    </message>
    <message>
        <source>Where the user is</source>
        <translation>用户所在位置</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>解决办法</translation>
    </message>
    <message>
        <source>(no reply)</source>
        <translation>（无响应）</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>您好：</translation>
    </message>
    <message>
        <source>On %1 I tested sending mail through %2, port %3 (%4), with Outbox Doctor.</source>
        <translation>我于 %1 使用 Outbox Doctor 测试了通过 %2 的端口 %3 (%4) 发送邮件。</translation>
    </message>
    <message>
        <source>On %1 I tested sending mail through %2 with Outbox Doctor.</source>
        <translation>我于 %1 使用 Outbox Doctor 测试了通过 %2 发送邮件。</translation>
    </message>
    <message>
        <source>When I send mail, I get an error message. The server&apos;s reply in it is: &quot;%1&quot;</source>
        <translation>我发送邮件时收到一条错误消息，其中的服务器响应是：“%1”</translation>
    </message>
    <message>
        <source>The test shows that the server would accept my mail. If my messages still do not arrive, could you check whether something after your server refuses them?</source>
        <translation>测试表明服务器会接受我的邮件。如果我的邮件仍然无法送达，能否请你们检查一下，是否有位于你们服务器之后的环节拒绝了这些邮件？</translation>
    </message>
    <message>
        <source>The server accepts recipients in its own domain but refuses recipients in other domains. It replied: &quot;%1&quot;</source>
        <translation>服务器接受其自身域中的收件人，但拒绝其他域中的收件人。它的响应是：“%1”</translation>
    </message>
    <message>
        <source>Do I have to log in (SMTP authentication) to send to other domains, and with which port and encryption? If I should use another server from this network, which one?</source>
        <translation>我是否需要登录（SMTP 身份验证）才能向其他域发送邮件？应使用哪个端口和加密方式？如果我应该改用当前网络中的其他服务器，是哪一个？</translation>
    </message>
    <message>
        <source>The server asks me to log in before it accepts mail. It replied: &quot;%1&quot;</source>
        <translation>服务器要求我先登录才接受邮件。它的响应是：“%1”</translation>
    </message>
    <message>
        <source>Which user name, login method, port and encryption should I use for sending?</source>
        <translation>发送邮件时，我应该使用哪个用户名、登录方式、端口和加密方式？</translation>
    </message>
    <message>
        <source>The server refused my login. It replied: &quot;%1&quot;</source>
        <translation>服务器拒绝了我的登录。它的响应是：“%1”</translation>
    </message>
    <message>
        <source>The server refused my login as %1. It replied: &quot;%2&quot;</source>
        <translation>服务器拒绝了我以 %1 身份登录。它的响应是：“%2”</translation>
    </message>
    <message>
        <source>Is my account allowed to send mail, is this the right user name, and do I need a separate password for mail programs (an app password)?</source>
        <translation>我的帐户是否允许发送邮件？这个用户名是否正确？我是否需要为邮件程序使用单独的密码（应用专用密码）？</translation>
    </message>
    <message>
        <source>A login seems to be needed, but the server offers no login method my mail program can use on this connection.</source>
        <translation>似乎需要登录，但在此连接上，服务器没有提供我的邮件程序可以使用的登录方式。</translation>
    </message>
    <message>
        <source>On which port and with which encryption should I log in to send mail?</source>
        <translation>我应该在哪个端口、使用哪种加密方式登录来发送邮件？</translation>
    </message>
    <message>
        <source>An encrypted connection to the server could not be used. The server&apos;s last reply was: &quot;%1&quot;</source>
        <translation>无法使用与服务器的加密连接。服务器的最后一条响应是：“%1”</translation>
    </message>
    <message>
        <source>Which port and which encryption (STARTTLS or SSL/TLS) does your server support for sending?</source>
        <translation>你们的服务器发送邮件时支持哪个端口和哪种加密方式（STARTTLS 或 SSL/TLS）？</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1). Its SHA-256 fingerprint is %2.</source>
        <translation>无法验证服务器的证书 (%1)。其 SHA-256 指纹为 %2。</translation>
    </message>
    <message>
        <source>Is this your server&apos;s certificate? Can you install a certificate that mail programs can verify, or tell me which server name to use?</source>
        <translation>这是你们服务器的证书吗？能否安装一个邮件程序可以验证的证书，或者告诉我应该使用哪个服务器名称？</translation>
    </message>
    <message>
        <source>The server refused my sender address. It replied: &quot;%1&quot;</source>
        <translation>服务器拒绝了我的发件人地址。它的响应是：“%1”</translation>
    </message>
    <message>
        <source>The server refused my sender address %1. It replied: &quot;%2&quot;</source>
        <translation>服务器拒绝了我的发件人地址 %1。它的响应是：“%2”</translation>
    </message>
    <message>
        <source>Which sender (From) addresses may I use with this account?</source>
        <translation>此帐户可以使用哪些发件人 (From) 地址？</translation>
    </message>
    <message>
        <source>I could not get an answer from the server on port(s) %1 from the network I am on.</source>
        <translation>在我目前所在的网络中，服务器在端口 %1 上没有任何响应。</translation>
    </message>
    <message>
        <source>Which server names and ports do you support for sending mail (587, 465), and could something on your side or on this network be blocking the connection?</source>
        <translation>你们支持使用哪些服务器名称和端口（587、465）发送邮件？是否可能是你们那边或当前网络中的某些东西阻止了连接？</translation>
    </message>
    <message>
        <source>The name of the outgoing server, %1, could not be found from the network I am on.</source>
        <translation>在我目前所在的网络中，找不到传出服务器的名称 %1。</translation>
    </message>
    <message>
        <source>What is the correct name of your outgoing mail server?</source>
        <translation>你们的传出邮件服务器的正确名称是什么？</translation>
    </message>
    <message>
        <source>The server refused my connection or my mail. It replied: &quot;%1&quot;</source>
        <translation>服务器拒绝了我的连接或邮件。它的响应是：“%1”</translation>
    </message>
    <message>
        <source>Is my connection on a block list, and how can I get it removed?</source>
        <translation>我的连接是否在黑名单上？怎样才能将其移除？</translation>
    </message>
    <message>
        <source>Is my address %1 (or the address my network uses to reach you) on a block list, and how can I get it removed?</source>
        <translation>我的地址 %1（或我的网络用来连接你们的地址）是否在黑名单上？怎样才能将其移除？</translation>
    </message>
    <message>
        <source>The server limited how much I may send. It replied: &quot;%1&quot;</source>
        <translation>服务器限制了我的发送量。它的响应是：“%1”</translation>
    </message>
    <message>
        <source>What are the sending limits for my account, and when can I send again?</source>
        <translation>我的帐户有哪些发送限制？什么时候可以再次发送？</translation>
    </message>
    <message>
        <source>The server refused my mail. It replied: &quot;%1&quot;</source>
        <translation>服务器拒绝了我的邮件。它的响应是：“%1”</translation>
    </message>
    <message>
        <source>What do I need to change so that my mail is accepted?</source>
        <translation>我需要更改什么，才能让我的邮件被接受？</translation>
    </message>
    <message>
        <source>I am at home, on your own connection.</source>
        <translation>我在家中，使用的是你们提供的网络。</translation>
    </message>
    <message>
        <source>I am at work, on the office network.</source>
        <translation>我在单位，使用的是办公室网络。</translation>
    </message>
    <message>
        <source>I am travelling and connected through someone else&apos;s network (hotel, airport, café or mobile hotspot).</source>
        <translation>我在外，通过别人的网络（酒店、机场、咖啡馆或手机热点）上网。</translation>
    </message>
    <message>
        <source>The attached report contains the complete conversation with the server, without my password.</source>
        <translation>附带的报告中包含与服务器的完整会话记录，但不含我的密码。</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>谢谢。</translation>
    </message>
    <message>
        <source>Question for the provider or administrator</source>
        <translation>向服务提供商或管理员提出的问题</translation>
    </message>
    <message>
        <source>A message you can send as it is:</source>
        <translation>可以直接发送的消息：</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>In the user&apos;s words</source>
        <translation>用户的描述</translation>
    </message>
    <message>
        <source>Local address used</source>
        <translation>使用的本地地址</translation>
    </message>
    <message>
        <source>Source address requested</source>
        <translation>请求的源地址</translation>
    </message>
    <message>
        <source>Account settings used</source>
        <translation>使用的帐户设置</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>传出服务器 (SMTP)</translation>
    </message>
    <message>
        <source>The name resolves to</source>
        <translation>该名称解析为</translation>
    </message>
    <message>
        <source>Name lookup failed</source>
        <translation>名称查询失败</translation>
    </message>
    <message>
        <source>Ports and security tested</source>
        <translation>测试的端口和加密方式</translation>
    </message>
    <message>
        <source>none (no user name given)</source>
        <translation>无（未提供用户名）</translation>
    </message>
    <message>
        <source>the strongest the server offers</source>
        <translation>服务器提供的最强方式</translation>
    </message>
    <message>
        <source>%1 (used: %2)</source>
        <translation>%1（实际使用：%2）</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>not included in this report</source>
        <translation>未包含在此报告中</translation>
    </message>
    <message>
        <source>Sender address (MAIL FROM)</source>
        <translation>发件人地址 (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient in the sender&apos;s domain</source>
        <translation>发件人所在域中的收件人</translation>
    </message>
    <message>
        <source>Recipients in other domains</source>
        <translation>其他域中的收件人</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO 名称</translation>
    </message>
    <message>
        <source>Log in to POP3 first</source>
        <translation>先登录 POP3</translation>
    </message>
    <message>
        <source>Extra trusted certificate authorities</source>
        <translation>额外信任的证书颁发机构</translation>
    </message>
    <message>
        <source>Test message really sent</source>
        <translation>是否真正发送了测试邮件</translation>
    </message>
    <message>
        <source>Servers and ports tried</source>
        <translation>尝试过的服务器和端口</translation>
    </message>
    <message>
        <source>No connection was attempted.</source>
        <translation>未尝试任何连接。</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>服务器响应</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%1 (the verdict is based on this one)</source>
        <translation>%1（结论依据此项）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n capability line(s))</source>
        <translation>
            <numerusform>%1（另有 %n 行功能说明）</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>结束方式</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>%1, accepted</source>
        <translation>%1，已接受</translation>
    </message>
    <message>
        <source>%1, not accepted</source>
        <translation>%1，未接受</translation>
    </message>
    <message>
        <source>Incoming server (POP3) %1, port %2</source>
        <translation>传入服务器 (POP3) %1，端口 %2</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <translation>服务器功能</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候语</translation>
    </message>
    <message>
        <source>Name the server gave</source>
        <translation>服务器报告的名称</translation>
    </message>
    <message>
        <source>Login methods (AUTH)</source>
        <translation>登录方式 (AUTH)</translation>
    </message>
    <message>
        <source>none offered</source>
        <translation>未提供任何方式</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>已提供</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>最大邮件大小</translation>
    </message>
    <message>
        <source>no fixed limit</source>
        <translation>无固定限制</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Extended SMTP (EHLO)</source>
        <translation>扩展 SMTP (EHLO)</translation>
    </message>
    <message>
        <source>not supported; the server only speaks HELO</source>
        <translation>不支持；服务器只支持 HELO</translation>
    </message>
    <message>
        <source>No server answered, so its capabilities are not known.</source>
        <translation>没有服务器响应，因此无法得知其功能。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>公用名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>备用名称</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自签名</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS 证书</translation>
    </message>
    <message>
        <source>%1, port(s) %2</source>
        <translation>%1，端口 %2</translation>
    </message>
    <message>
        <source>no certificate was received</source>
        <translation>未收到任何证书</translation>
    </message>
    <message>
        <source>verified: trusted by this computer and valid for the server name</source>
        <translation>已验证：受此计算机信任，且对该服务器名称有效</translation>
    </message>
    <message>
        <source>not verified, but trusted by the user&apos;s explicit decision (by fingerprint)</source>
        <translation>未验证，但用户明确决定（按指纹）信任</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>未建立</translation>
    </message>
    <message>
        <source>Handshake failure</source>
        <translation>握手失败</translation>
    </message>
    <message>
        <source>Verification errors, as reported by the TLS library:</source>
        <translation>TLS 库报告的验证错误：</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <source>Chain certificate %1 of %2</source>
        <translation>证书链中的证书 %1/%2</translation>
    </message>
    <message>
        <source>No encrypted connection was made, so no certificate was seen.</source>
        <translation>未建立加密连接，因此没有看到任何证书。</translation>
    </message>
    <message>
        <source>Decoded error message</source>
        <translation>解读后的错误消息</translation>
    </message>
    <message>
        <source>No error message was pasted.</source>
        <translation>未粘贴任何错误消息。</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Who has to act</source>
        <translation>需要采取行动的一方</translation>
    </message>
    <message>
        <source>Server that wrote the message</source>
        <translation>生成此消息的服务器</translation>
    </message>
    <message>
        <source>Server in the error dialog</source>
        <translation>错误对话框中的服务器</translation>
    </message>
    <message>
        <source>Account in the error dialog</source>
        <translation>错误对话框中的帐户</translation>
    </message>
    <message>
        <source>Error numbers</source>
        <translation>错误编号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Refusing server</source>
        <translation>拒绝的服务器</translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message numerus="yes">
        <source>Shortened: %n more line(s) not shown.</source>
        <translation>
            <numerusform>已缩短：还有 %n 行未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>解决办法</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Program and system</source>
        <translation>程序和系统</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt 版本</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时使用 %2）</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>报告生成时间</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Test started</source>
        <translation>测试开始时间</translation>
    </message>
    <message>
        <source>Test duration</source>
        <translation>测试用时</translation>
    </message>
    <message>
        <source>Addresses and names</source>
        <translation>地址和名称</translation>
    </message>
    <message>
        <source>replaced by placeholders for sharing</source>
        <translation>为便于分享，已替换为占位符</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>会话记录</translation>
    </message>
    <message>
        <source>Times are seconds from the start of the test. &quot;C:&quot; is what Outbox Doctor sent, &quot;S:&quot; the server&apos;s reply, &quot;--&quot; a note; [tls] marks lines inside the encrypted connection. Passwords and login data are replaced by [hidden].</source>
        <translation>时间为从测试开始计算的秒数。“C:”表示 Outbox Doctor 发送的内容，“S:”表示服务器的响应，“--”表示备注；[tls] 标记加密连接内的行。密码和登录数据已替换为 [hidden]。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n line(s)</source>
        <translation>
            <numerusform>%1 — %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF reports are not available in this program; save the report as .html or .txt instead.</source>
        <translation>此程序无法生成 PDF 报告；请改为将报告保存为 .html 或 .txt。</translation>
    </message>
    <message>
        <source>Unknown report format; use a file name ending in .html, .pdf or .txt.</source>
        <translation>未知的报告格式；请使用以 .html、.pdf 或 .txt 结尾的文件名。</translation>
    </message>
    <message>
        <source>Unknown report format for %1; use a file name ending in .html, .pdf or .txt.</source>
        <translation>%1 的报告格式未知；请使用以 .html、.pdf 或 .txt 结尾的文件名。</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>无法生成报告。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>I tested sending mail through %1 with Outbox Doctor.</source>
        <translation>我使用 Outbox Doctor 测试了通过 %1 发送邮件。</translation>
    </message>
    <message>
        <source>My mail program&apos;s connection security setting (STARTTLS or SSL/TLS) does not seem to match the port. The server&apos;s last reply was: &quot;%1&quot;</source>
        <translation>我的邮件程序的连接安全设置（STARTTLS 或 SSL/TLS）似乎与端口不匹配。服务器的最后一条响应是：“%1”</translation>
    </message>
    <message>
        <source>Which port goes with which encryption (STARTTLS or SSL/TLS) on your server for sending?</source>
        <translation>在你们用于发送邮件的服务器上，哪个端口对应哪种加密方式（STARTTLS 或 SSL/TLS）？</translation>
    </message>
    <message>
        <source>The server does not accept my normal password for sending. It replied: &quot;%1&quot;</source>
        <translation>服务器不接受我用普通密码发送邮件。它的响应是：“%1”</translation>
    </message>
    <message>
        <source>How should a mail program sign in to send mail: with OAuth2, with an app password or authorisation code, or do I have to switch on sending (SMTP) in my account settings first?</source>
        <translation>邮件程序应如何登录才能发送邮件：使用 OAuth2、使用应用专用密码或授权码，还是需要我先在帐户设置中开启发送 (SMTP) 功能？</translation>
    </message>
    <message>
        <source>Not sure: the message does not say clearly enough what went wrong, so it suggests no fix. The server&apos;s words are listed below.</source>
        <translation>不确定：该消息没有清楚说明出了什么问题，因此不建议任何解决办法。服务器的原话列在下面。</translation>
    </message>
    <message>
        <source>The port expects a different security setting.</source>
        <translation>该端口要求使用其他加密方式。</translation>
    </message>
    <message>
        <source>Not logged in here, because the password was refused on another port.</source>
        <translation>未在此处登录，因为密码在另一个端口上已被拒绝。</translation>
    </message>
    <message>
        <source>An address needs SMTPUTF8, which the server does not offer.</source>
        <translation>某个地址需要 SMTPUTF8，但服务器不支持。</translation>
    </message>
    <message>
        <source>The server answered so slowly that the test was stopped.</source>
        <translation>服务器响应太慢，测试已停止。</translation>
    </message>
    <message>
        <source>Outbox Doctor report: %1 — solved</source>
        <translation>Outbox Doctor 报告：%1 — 已解决</translation>
    </message>
    <message>
        <source>a server reply</source>
        <translation>服务器响应</translation>
    </message>
    <message>
        <source>an Outlook error message</source>
        <translation>Outlook 错误消息</translation>
    </message>
    <message>
        <source>a delivery status notification (bounce)</source>
        <translation>投递状态通知（退信）</translation>
    </message>
    <message>
        <source>a bounce from Microsoft Exchange</source>
        <translation>来自 Microsoft Exchange 的退信</translation>
    </message>
    <message>
        <source>a bounce from Postfix</source>
        <translation>来自 Postfix 的退信</translation>
    </message>
    <message>
        <source>a bounce from Exim</source>
        <translation>来自 Exim 的退信</translation>
    </message>
    <message>
        <source>a bounce from qmail</source>
        <translation>来自 qmail 的退信</translation>
    </message>
    <message>
        <source>a bounce from Sendmail</source>
        <translation>来自 Sendmail 的退信</translation>
    </message>
    <message>
        <source>a bounce from Gmail</source>
        <translation>来自 Gmail 的退信</translation>
    </message>
    <message>
        <source>a bounce message</source>
        <translation>退信</translation>
    </message>
    <message>
        <source>an error message</source>
        <translation>错误消息</translation>
    </message>
    <message>
        <source>the mail program</source>
        <translation>邮件程序</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>Copy made before the change</source>
        <translation>更改前创建的副本</translation>
    </message>
    <message>
        <source>Outbox Doctor changed these settings of %1 to the ones tested: %2.</source>
        <translation>Outbox Doctor 已将 %1 的以下设置更改为测试过的设置：%2。</translation>
    </message>
    <message>
        <source>To undo the change: close %1, then copy %2 over %3 (it is the file as it was before).</source>
        <translation>要撤消更改：请关闭 %1，然后用 %2 覆盖 %3（它就是更改前的原文件）。</translation>
    </message>
    <message>
        <source>Outbox Doctor did not change the settings of %1: %2</source>
        <translation>Outbox Doctor 未更改 %1 的设置：%2</translation>
    </message>
    <message>
        <source>Outbox Doctor changed these settings of %1 (%2), and the change was then undone: the file is as it was before.</source>
        <translation>Outbox Doctor 曾更改 %1 的以下设置（%2），随后已撤消此更改：文件已恢复原样。</translation>
    </message>
    <message>
        <source>What was tried</source>
        <translation>尝试过的操作</translation>
    </message>
    <message>
        <source>Before: the first test</source>
        <translation>之前：第一次测试</translation>
    </message>
    <message>
        <source>The error message pasted</source>
        <translation>粘贴的错误消息</translation>
    </message>
    <message>
        <source>The fix tried</source>
        <translation>尝试过的解决办法</translation>
    </message>
    <message>
        <source>The fixes tried</source>
        <translation>尝试过的各种解决办法</translation>
    </message>
    <message>
        <source>Settings tried</source>
        <translation>尝试的设置</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fix&apos;s result: the cause the test after it found</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>After: the test with the new settings</source>
        <translation>之后：使用新设置的测试</translation>
    </message>
    <message>
        <source>The mail program&apos;s settings</source>
        <translation>邮件程序的设置</translation>
    </message>
    <message>
        <source>Outbox Doctor did not change them. To send mail, change them in the mail program to the settings tested (see &quot;Account settings used&quot;).</source>
        <translation>Outbox Doctor 未更改这些设置。要发送邮件，请在邮件程序中将其更改为测试过的设置（参见“使用的帐户设置”）。</translation>
    </message>
    <message>
        <source>Outbox Doctor did not change them.</source>
        <translation>Outbox Doctor 未更改这些设置。</translation>
    </message>
    <message>
        <source>Solved. The first test found: %1. After &quot;%2&quot;, the test with the new settings went through.</source>
        <translation>已解决。第一次测试发现：%1。执行“%2”之后，使用新设置的测试已通过。</translation>
    </message>
    <message>
        <source>Not solved yet. The first test found: %1. The fix tried did not solve it; the latest test finds: %2.</source>
        <translation>尚未解决。第一次测试发现：%1。尝试过的解决办法没有解决问题；最近一次测试发现：%2。</translation>
    </message>
    <message>
        <source>Not solved yet. The first test found: %1. The fixes tried did not solve it; the latest test finds: %2.</source>
        <translation>尚未解决。第一次测试发现：%1。尝试过的各种解决办法都没有解决问题；最近一次测试发现：%2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fix&apos;s title: its description</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>I have already tried this, and the test afterwards still failed: %1.</source>
        <translation>我已经尝试过以下方法，但之后的测试仍然失败：%1。</translation>
    </message>
    <message>
        <source>The first test</source>
        <translation>第一次测试</translation>
    </message>
    <message>
        <source>The test after the fix</source>
        <translation>执行解决办法后的测试</translation>
    </message>
    <message>
        <source>offered and used</source>
        <translation>已提供并已使用</translation>
    </message>
    <message>
        <source>Outbox Doctor changed these settings of %1: %2. Outbox Doctor cannot test this change itself.</source>
        <translation>Outbox Doctor 已更改 %1 的以下设置：%2。Outbox Doctor 无法自行测试此更改。</translation>
    </message>
    <message>
        <source>After: not tested yet</source>
        <translation>之后：尚未测试</translation>
    </message>
    <message>
        <source>Only %1 itself can show whether this works: send a message from it (to yourself). If it is refused again, the change can be undone as described below.</source>
        <translation>只有 %1 本身才能表明这是否有效：用它发送一封邮件（发给你自己）。如果邮件再次被拒绝，可以按下文所述撤消此更改。</translation>
    </message>
    <message>
        <source>Not tested yet. The first test found: %1. After &quot;%2&quot;, only the mail program itself can show whether mail goes through.</source>
        <translation>尚未测试。第一次测试发现：%1。执行“%2”之后，只有邮件程序本身才能表明邮件能否发送出去。</translation>
    </message>
    <message>
        <source>Fixes tried, attempt by attempt</source>
        <translation>尝试过的解决办法（逐次列出）</translation>
    </message>
    <message>
        <source>changed, then undone</source>
        <comment>a fix&apos;s result</comment>
        <translation>已更改，随后已撤消</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Each attempt is listed under &quot;%1&quot;.</source>
        <translation>每次尝试都列在“%1”下。</translation>
    </message>
    <message>
        <source>Attempt</source>
        <comment>a fix&apos;s attempt, numbered</comment>
        <translation>尝试</translation>
    </message>
</context>
<context>
    <name>od::SmtpProbe</name>
    <message>
        <source>Enter the name of the outgoing (SMTP) server.</source>
        <translation>请输入传出 (SMTP) 服务器的名称。</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; is not valid.</source>
        <translation>服务器名称“%1”无效。</translation>
    </message>
    <message>
        <source>A setting contains a line break or control character; remove it and try again.</source>
        <translation>某项设置中包含换行符或控制字符；请将其删除后重试。</translation>
    </message>
    <message>
        <source>The password contains a line break; remove it and try again.</source>
        <translation>密码中包含换行符；请将其删除后重试。</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>发件人地址“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>收件人地址“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>Port 0 cannot be tested.</source>
        <translation>无法测试端口 0。</translation>
    </message>
    <message>
        <source>Unknown login method &quot;%1&quot;.</source>
        <translation>未知的登录方式“%1”。</translation>
    </message>
    <message>
        <source>Timeouts must be positive.</source>
        <translation>超时值必须为正数。</translation>
    </message>
    <message>
        <source>Looking up the name took too long.</source>
        <translation>查询名称耗时过长。</translation>
    </message>
    <message>
        <source>The name has no usable address.</source>
        <translation>该名称没有可用的地址。</translation>
    </message>
    <message>
        <source>The name %1 has no address that can be reached from here.</source>
        <translation>名称 %1 没有可从这里访问的地址。</translation>
    </message>
    <message>
        <source>The address %1 does not belong to this computer, so the test cannot be sent from it.</source>
        <translation>地址 %1 不属于此计算机，因此无法从该地址发送测试。</translation>
    </message>
    <message>
        <source>The password contains a NUL character, which cannot be sent in a login; check how it was entered.</source>
        <translation>密码中包含 NUL 字符，无法在登录时发送；请检查密码的输入方式。</translation>
    </message>
    <message>
        <source>The test message&apos;s subject contains a line break; remove it and try again.</source>
        <translation>测试邮件的主题中包含换行符；请删除换行符后重试。</translation>
    </message>
    <message>
        <source>The name could not be looked up: the name servers did not answer, or there is no network.</source>
        <translation>无法查询该名称：名称服务器没有响应，或者没有网络。</translation>
    </message>
</context>
<context>
    <name>od::SmtpReplyReader</name>
    <message>
        <source>The server sent a line that is far too long.</source>
        <translation>服务器发送了过长的行。</translation>
    </message>
    <message>
        <source>The server sent a reply with far too many lines.</source>
        <translation>服务器发送的响应行数过多。</translation>
    </message>
    <message>
        <source>The server sent a reply that is far too large.</source>
        <translation>服务器发送的响应过大。</translation>
    </message>
    <message>
        <source>The server sent something that is not an SMTP reply.</source>
        <translation>服务器发送的内容不是 SMTP 响应。</translation>
    </message>
    <message>
        <source>The server changed its reply code in the middle of a reply.</source>
        <translation>服务器在一条响应的中途更改了响应代码。</translation>
    </message>
</context>
<context>
    <name>od::SmtpSession</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>正在连接服务器</translation>
    </message>
    <message>
        <source>Setting up encryption (SSL/TLS)</source>
        <translation>正在建立加密 (SSL/TLS)</translation>
    </message>
    <message>
        <source>Waiting for the server to say hello</source>
        <translation>正在等待服务器的问候</translation>
    </message>
    <message>
        <source>Introducing ourselves (EHLO)</source>
        <translation>正在自我介绍 (EHLO)</translation>
    </message>
    <message>
        <source>Introducing ourselves the old way (HELO)</source>
        <translation>正在以旧方式自我介绍 (HELO)</translation>
    </message>
    <message>
        <source>Asking for encryption (STARTTLS)</source>
        <translation>正在请求加密 (STARTTLS)</translation>
    </message>
    <message>
        <source>Setting up encryption (STARTTLS)</source>
        <translation>正在建立加密 (STARTTLS)</translation>
    </message>
    <message>
        <source>Introducing ourselves again, encrypted</source>
        <translation>正在加密状态下再次自我介绍</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <source>Asking whether the sender and recipients are accepted</source>
        <translation>正在询问是否接受发件人和收件人</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>正在发送测试邮件</translation>
    </message>
    <message>
        <source>Saying goodbye</source>
        <translation>正在结束会话</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) port %3</source>
        <translation>正在连接 %1 (%2) 端口 %3</translation>
    </message>
    <message>
        <source>Cannot send from the address %1: %2</source>
        <translation>无法从地址 %1 发送：%2</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Connected from %1</source>
        <translation>已从 %1 连接</translation>
    </message>
    <message>
        <source>Encrypted with %1 (%2)</source>
        <translation>已使用 %1 加密 (%2)</translation>
    </message>
    <message>
        <source>The certificate did not pass verification: %1</source>
        <translation>证书未通过验证：%1</translation>
    </message>
    <message>
        <source>Continuing because you chose to trust the certificate with fingerprint %1</source>
        <translation>由于你选择信任指纹为 %1 的证书，测试将继续进行</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>服务器拒绝了连接。</translation>
    </message>
    <message>
        <source>The server closed the connection without a greeting.</source>
        <translation>服务器未发送问候就关闭了连接。</translation>
    </message>
    <message>
        <source>The connection closed while encryption was being set up.</source>
        <translation>在建立加密的过程中连接被关闭。</translation>
    </message>
    <message>
        <source>The server closed the connection (%1).</source>
        <translation>服务器关闭了连接 (%1)。</translation>
    </message>
    <message numerus="yes">
        <source>No answer to the connection attempt within %n second(s).</source>
        <translation>
            <numerusform>连接请求在 %n 秒内没有得到响应。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not greet within %n second(s).</source>
        <translation>
            <numerusform>服务器在 %n 秒内没有发送问候。</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption could not be set up in time.</source>
        <translation>未能及时建立加密。</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s) (%1).</source>
        <translation>
            <numerusform>服务器在 %n 秒内没有响应 (%1)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored an unexpected reply from the server.</source>
        <translation>已忽略服务器的一条意外响应。</translation>
    </message>
    <message>
        <source>The server greeted with a refusal.</source>
        <translation>服务器在问候时就表示拒绝。</translation>
    </message>
    <message>
        <source>The server refused our introduction.</source>
        <translation>服务器拒绝了我们的自我介绍。</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS), so the test stopped before anything was sent.</source>
        <translation>服务器不支持加密 (STARTTLS)，因此测试在发送任何内容之前就已停止。</translation>
    </message>
    <message>
        <source>The server does not offer encryption, so your password was not sent.</source>
        <translation>服务器不支持加密，因此没有发送你的密码。</translation>
    </message>
    <message>
        <source>The server refused to start encryption.</source>
        <translation>服务器拒绝启动加密。</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n byte(s) the server sent before encryption started.</source>
        <translation>
            <numerusform>已忽略服务器在加密开始前发送的 %n 个字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not offer to log in here; continuing without logging in.</source>
        <translation>服务器在这里不提供登录；将在不登录的情况下继续。</translation>
    </message>
    <message>
        <source>None of the login methods the server offers (%1) can be used; continuing without logging in.</source>
        <translation>服务器提供的登录方式 (%1) 都无法使用；将在不登录的情况下继续。</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>服务器拒绝了登录。</translation>
    </message>
    <message>
        <source>The server refused to take the message.</source>
        <translation>服务器拒绝接收这封邮件。</translation>
    </message>
    <message numerus="yes">
        <source>[test message, %n byte(s)]</source>
        <translation>
            <numerusform>[测试邮件，%n 字节]</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the sender.</source>
        <translation>服务器拒绝了发件人。</translation>
    </message>
    <message>
        <source>The server refused a recipient.</source>
        <translation>服务器拒绝了一位收件人。</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>服务器拒绝了这封邮件。</translation>
    </message>
    <message>
        <source>The test message was accepted for delivery.</source>
        <translation>测试邮件已被接受并等待投递。</translation>
    </message>
    <message>
        <source>Test message from Outbox Doctor</source>
        <translation>来自 Outbox Doctor 的测试邮件</translation>
    </message>
    <message>
        <source>This message was sent by Outbox Doctor to check that mail from this account is delivered.
You can delete it.</source>
        <translation>这封邮件由 Outbox Doctor 发送，用于检查此帐户的邮件能否送达。
你可以将其删除。</translation>
    </message>
    <message>
        <source>A setting contains a line break, so the command was not sent.</source>
        <translation>某项设置中包含换行符，因此未发送该命令。</translation>
    </message>
    <message>
        <source>Ignored a reply the server sent without being asked.</source>
        <translation>已忽略服务器未经请求发送的一条响应。</translation>
    </message>
    <message>
        <source>The server kept asking for more login data.</source>
        <translation>服务器不断要求提供更多登录数据。</translation>
    </message>
    <message numerus="yes">
        <source>The server answers so slowly that the test was stopped after %n second(s).</source>
        <translation>
            <numerusform>服务器响应太慢，测试在 %n 秒后已停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to log in until the other port has logged in</source>
        <translation>正在等待另一个端口登录后再登录</translation>
    </message>
    <message>
        <source>The name has no usable address.</source>
        <translation>该名称没有可用的地址。</translation>
    </message>
    <message>
        <source>No connection to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Not logged in on this port: the server already refused the password on another port.</source>
        <translation>未在此端口上登录：服务器已在另一个端口上拒绝了该密码。</translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters, and this server does not offer SMTPUTF8, which such addresses need; nothing was sent. Use an address written in ASCII only.</source>
        <translation>某个地址包含非 ASCII 字符，而此服务器不支持此类地址所需的 SMTPUTF8；未发送任何内容。请使用只包含 ASCII 字符的地址。</translation>
    </message>
    <message>
        <source>The test message&apos;s subject contains a line break, so the message was not sent.</source>
        <translation>测试邮件的主题中包含换行符，因此没有发送该邮件。</translation>
    </message>
    <message>
        <source>The port did not greet; a second connection showed that it expects SSL/TLS from the start.</source>
        <translation>该端口没有发送问候；第二次连接表明它要求从一开始就使用 SSL/TLS。</translation>
    </message>
    <message>
        <source>The port did not greet; a second connection showed that it speaks plain SMTP.</source>
        <translation>该端口没有发送问候；第二次连接表明它使用普通 SMTP（不加密）。</translation>
    </message>
    <message>
        <source>Stopped: the verdict was already clear without this port.</source>
        <translation>已停止：不需要此端口的结果就已得出结论。</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>无法访问主机</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>无法访问网络</translation>
    </message>
    <message>
        <source>The connection was not permitted</source>
        <translation>不允许此连接</translation>
    </message>
</context>
<context>
    <name>od::StepIndicator</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>你的帐户</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>再次测试</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
</context>
<context>
    <name>od::TestPage</name>
    <message>
        <source>Testing your outgoing server</source>
        <translation>正在测试你的传出服务器</translation>
    </message>
    <message>
        <source>Outbox Doctor talks to the server the way your mail program does, without sending anything.</source>
        <translation>Outbox Doctor 会像你的邮件程序一样与服务器通信，但不会发送任何内容。</translation>
    </message>
    <message>
        <source>Testing again</source>
        <translation>重新测试</translation>
    </message>
    <message>
        <source>The same test, with the settings of the fix.</source>
        <translation>使用解决办法中的设置进行同样的测试。</translation>
    </message>
    <message>
        <source>Sender %1, a recipient at the provider&apos;s own domain and one elsewhere (%2). Each row is one step of the conversation; click a row and show the conversation to see the server&apos;s exact words.</source>
        <translation>发件人 %1，一位收件人位于服务提供商自己的域，另一位位于其他域 (%2)。每一行是会话中的一个步骤；单击某一行并显示会话记录，即可查看服务器的原话。</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>取消测试(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>&amp;Repeat test</source>
        <translation>重新测试(&amp;R)</translation>
    </message>
    <message>
        <source>Repeat the test</source>
        <translation>重新测试</translation>
    </message>
    <message>
        <source>&amp;Show certificate…</source>
        <translation>查看证书(&amp;S)…</translation>
    </message>
    <message>
        <source>Show the certificate and decide whether to trust it</source>
        <translation>查看证书，并决定是否信任它</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the test stopped before sending your password. Look at the certificate to decide whether to trust it for this test.</source>
        <translation>无法验证服务器的证书，因此测试在发送你的密码之前就已停止。请查看证书，决定本次测试是否信任它。</translation>
    </message>
    <message>
        <source>The test connects to the outgoing server on each likely port at the same time and goes through the steps your mail program would: greeting, encryption, login, sender and two recipients. Nothing is sent. A tick means the step worked, a cross that the server refused or something failed. Click &quot;Show the conversation with the server&quot; to read what was said. &quot;Cancel test&quot; stops it at once; when the result is in, click Next for the explanation.</source>
        <translation>测试会同时在每个可能的端口上连接传出服务器，并执行邮件程序会执行的步骤：问候、加密、登录、发件人和两位收件人。不会发送任何内容。对勾表示该步骤成功，叉号表示服务器拒绝或出现故障。单击“显示与服务器的会话记录”可查看双方的对话。“取消测试”会立即停止测试；得出结果后，单击“下一步”查看解释。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>The test was cancelled. Click &quot;Repeat test&quot; to run it again.</source>
        <translation>测试已取消。单击“重新测试”可再次运行。</translation>
    </message>
    <message>
        <source>It works: %1.</source>
        <translation>可以正常使用：%1。</translation>
    </message>
    <message>
        <source>Problem found: %1.</source>
        <translation>发现问题：%1。</translation>
    </message>
    <message>
        <source>%1 (still finishing the other ports)</source>
        <translation>%1（其他端口的测试仍在进行）</translation>
    </message>
    <message>
        <source>Enter the &amp;password again</source>
        <translation>再次输入密码(&amp;P)</translation>
    </message>
    <message>
        <source>Go back and enter the password again</source>
        <translation>返回并再次输入密码</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password. It said: %1</source>
        <translation>服务器不接受该用户名或密码。服务器响应：%1</translation>
    </message>
</context>
<context>
    <name>od::WelcomePage</name>
    <message>
        <source>Welcome to Outbox Doctor</source>
        <translation>欢迎使用 Outbox Doctor</translation>
    </message>
    <message>
        <source>Find out why your outgoing mail is refused, and fix it step by step.</source>
        <translation>查明你的外发邮件被拒绝的原因，并一步步解决问题。</translation>
    </message>
    <message>
        <source>Outbox Doctor tests your outgoing mail server the way your mail program uses it, explains in plain words what goes wrong, and guides you to a setting that works. Nothing is sent to anyone during the test.</source>
        <translation>Outbox Doctor 会按照你的邮件程序的使用方式测试你的传出邮件服务器，用浅显的话解释问题所在，并引导你找到可用的设置。测试期间不会向任何人发送任何内容。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>If you got an error message or a returned mail, &amp;paste it here (optional):</source>
        <translation>如果你收到了错误消息或退信，请将其粘贴到此处（可选）(&amp;P)：</translation>
    </message>
    <message>
        <source>Pasted error message</source>
        <translation>粘贴的错误消息</translation>
    </message>
    <message>
        <source>For example: 554 5.7.1 &lt;friend@example.com&gt;: Relay access denied</source>
        <translation>例如：554 5.7.1 &lt;friend@example.com&gt;: Relay access denied</translation>
    </message>
    <message>
        <source>No server reply found in this text yet. You can go on without it.</source>
        <translation>尚未在此文本中找到服务器响应。你也可以直接继续。</translation>
    </message>
    <message>
        <source>This looks like: %1
%2
The server said: &quot;%3&quot;</source>
        <translation>这看起来是：%1
%2
服务器响应：“%3”</translation>
    </message>
    <message>
        <source>This looks like: %1
%2</source>
        <translation>这看起来是：%1
%2</translation>
    </message>
    <message>
        <source>Not sure what went wrong: this message does not say it clearly enough. The test on the next pages will find out.
The server said: &quot;%1&quot;</source>
        <translation>不确定出了什么问题：这条消息没有说清楚。接下来几页的测试会查明原因。
服务器响应：“%1”</translation>
    </message>
    <message>
        <source>Where are you right now? Choose one to start:</source>
        <translation>你现在在哪里？选择一项即可开始：</translation>
    </message>
    <message>
        <source>At h&amp;ome, on my provider&apos;s connection</source>
        <translation>在家中，使用我的服务提供商的网络(&amp;O)</translation>
    </message>
    <message>
        <source>Your internet connection comes from the provider whose mail address you use.</source>
        <translation>你的网络连接由你的邮件地址所属的服务提供商提供。</translation>
    </message>
    <message>
        <source>At &amp;work or in an office</source>
        <translation>在单位或办公室(&amp;W)</translation>
    </message>
    <message>
        <source>On your company&apos;s or organisation&apos;s network.</source>
        <translation>使用你所在公司或组织的网络。</translation>
    </message>
    <message>
        <source>&amp;Travelling or on someone else&apos;s network</source>
        <translation>在外，或使用别人的网络(&amp;T)</translation>
    </message>
    <message>
        <source>A hotel, an airport, a café, a mobile hotspot, a friend&apos;s Wi-Fi.</source>
        <translation>酒店、机场、咖啡馆、手机热点、朋友家的 Wi-Fi。</translation>
    </message>
    <message>
        <source>Not &amp;sure</source>
        <comment>location</comment>
        <translation>不确定(&amp;S)</translation>
    </message>
    <message>
        <source>Outbox Doctor will find out what the server accepts from here.</source>
        <translation>Outbox Doctor 会查明从这里发送时服务器会接受什么。</translation>
    </message>
    <message>
        <source>Choose the language you want to use. If your mail program showed an error, or a message came back to you, copy its text and paste it into the box: Outbox Doctor reads the server&apos;s answer in it and tells you what it means. Then choose where you are: mail servers accept mail for other domains only from their own network or from users who log in, so the network you are on matters. If you are not sure, choose &quot;Not sure&quot;.</source>
        <translation>选择你要使用的语言。如果你的邮件程序显示了错误，或有邮件被退回给你，请复制其文字并粘贴到框中：Outbox Doctor 会读出其中服务器的回复，并告诉你它的含义。然后选择你所在的位置：邮件服务器只接受来自其自身网络或已登录用户的、发往其他域的邮件，因此你所连接的网络很重要。如果不确定，请选择“不确定”。</translation>
    </message>
</context>
<context>
    <name>od::WizardState</name>
    <message>
        <source>no change of the mail program&apos;s settings to undo.</source>
        <translation>没有需要撤消的邮件程序设置更改。</translation>
    </message>
</context>
<context>
    <name>od::WizardTexts</name>
    <message>
        <source>Looking up the server&apos;s address</source>
        <translation>正在查询服务器的地址</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>正在连接服务器</translation>
    </message>
    <message>
        <source>Setting up encryption (SSL/TLS) and checking the certificate</source>
        <translation>正在建立加密 (SSL/TLS) 并检查证书</translation>
    </message>
    <message>
        <source>Waiting for the server to say hello</source>
        <translation>正在等待服务器的问候</translation>
    </message>
    <message>
        <source>Introducing ourselves (EHLO)</source>
        <translation>正在自我介绍 (EHLO)</translation>
    </message>
    <message>
        <source>Introducing ourselves the old way (HELO)</source>
        <translation>正在以旧方式自我介绍 (HELO)</translation>
    </message>
    <message>
        <source>Asking for encryption (STARTTLS)</source>
        <translation>正在请求加密 (STARTTLS)</translation>
    </message>
    <message>
        <source>Setting up encryption and checking the certificate</source>
        <translation>正在建立加密并检查证书</translation>
    </message>
    <message>
        <source>Introducing ourselves again, encrypted</source>
        <translation>正在加密状态下再次自我介绍</translation>
    </message>
    <message>
        <source>Logging in with your user name and password</source>
        <translation>正在使用你的用户名和密码登录</translation>
    </message>
    <message>
        <source>Giving your address as the sender</source>
        <translation>正在将你的地址作为发件人提交</translation>
    </message>
    <message>
        <source>Asking to send to the provider&apos;s own postmaster</source>
        <translation>正在请求发送给服务提供商自己的 postmaster</translation>
    </message>
    <message>
        <source>Asking to send to an address elsewhere</source>
        <translation>正在请求发送给其他域的地址</translation>
    </message>
    <message>
        <source>Cancelling the test message (nothing is sent)</source>
        <translation>正在取消测试邮件（不会发送任何内容）</translation>
    </message>
    <message>
        <source>Starting the test message</source>
        <translation>正在开始测试邮件</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>正在发送测试邮件</translation>
    </message>
    <message>
        <source>Saying goodbye</source>
        <translation>正在结束会话</translation>
    </message>
    <message>
        <source>Logging in to the incoming mail server first</source>
        <translation>正在先登录传入邮件服务器</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>connection security</comment>
        <translation>自动</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <comment>connection security</comment>
        <translation>无（不加密）</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>connection security</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <comment>connection security</comment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>%1, port %2 (%3)</source>
        <translation>%1，端口 %2 (%3)</translation>
    </message>
    <message>
        <source>At home, on your provider&apos;s connection</source>
        <translation>在家中，使用你的服务提供商的网络</translation>
    </message>
    <message>
        <source>At work, on the office network</source>
        <translation>在单位，使用办公室网络</translation>
    </message>
    <message>
        <source>Travelling, on someone else&apos;s network</source>
        <translation>在外，使用别人的网络</translation>
    </message>
    <message>
        <source>Not sure where</source>
        <translation>不确定在哪里</translation>
    </message>
    <message>
        <source>It was not issued by an authority this computer trusts.</source>
        <translation>它不是由此计算机信任的颁发机构颁发的。</translation>
    </message>
    <message>
        <source>It is self-signed: the server vouches for itself.</source>
        <translation>它是自签名证书：由服务器自己为自己担保。</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>它已过期。</translation>
    </message>
    <message>
        <source>It is not valid yet.</source>
        <translation>它尚未生效。</translation>
    </message>
    <message>
        <source>It was issued for a different server name. Someone on this network may be intercepting the connection.</source>
        <translation>它是为其他服务器名称颁发的。此网络中可能有人在拦截连接。</translation>
    </message>
    <message>
        <source>It has been revoked by the authority that issued it.</source>
        <translation>颁发它的机构已将其吊销。</translation>
    </message>
    <message>
        <source>It failed another check.</source>
        <translation>它未通过另一项检查。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>port %1 (%2)</source>
        <comment>port number (its connection security)</comment>
        <translation>端口 %1 (%2)</translation>
    </message>
    <message>
        <source>ports 587, 465 and 25</source>
        <comment>the ports tested when none was given</comment>
        <translation>端口 587、465 和 25</translation>
    </message>
    <message>
        <source>%1, %2, logged in as %3</source>
        <comment>server, port (security), user name</comment>
        <translation>%1，%2，以 %3 登录</translation>
    </message>
    <message>
        <source>%1, %2, login as %3 not completed</source>
        <comment>server, port (security), user name</comment>
        <translation>%1，%2，以 %3 登录未完成</translation>
    </message>
    <message>
        <source>%1, %2, no login</source>
        <comment>server, port (security)</comment>
        <translation>%1，%2，未登录</translation>
    </message>
    <message>
        <source>%1 through %2, %3, logged in as %4</source>
        <comment>sender address, server, port (security), user name</comment>
        <translation>%1 经由 %2，%3，以 %4 登录</translation>
    </message>
    <message>
        <source>%1 through %2, %3, login as %4 not completed</source>
        <comment>sender address, server, port (security), user name</comment>
        <translation>%1 经由 %2，%3，以 %4 登录未完成</translation>
    </message>
    <message>
        <source>%1 through %2, %3, no login</source>
        <comment>sender address, server, port (security)</comment>
        <translation>%1 经由 %2，%3，未登录</translation>
    </message>
    <message>
        <source>Result: mail sent this way would be delivered.</source>
        <translation>结果：以这种方式发送的邮件可以送达。</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <comment>the cause the test found</comment>
        <translation>结果：%1。</translation>
    </message>
</context>
</TS>
