<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>od::Accounts</name>
    <message numerus="yes">
        <source>%n account(s) found.</source>
        <translation>
            <numerusform>%n account found.</numerusform>
            <numerusform>%n accounts found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::FixPage</name>
    <message numerus="yes">
        <source>O&amp;ther ways (%n)</source>
        <comment>fixes other than the recommended one</comment>
        <translation>
            <numerusform>O&amp;ther way (%n)</numerusform>
            <numerusform>O&amp;ther ways (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::Report</name>
    <message numerus="yes">
        <source>%1 (and %n capability line(s))</source>
        <translation>
            <numerusform>%1 (and %n capability line)</numerusform>
            <numerusform>%1 (and %n capability lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shortened: %n more line(s) not shown.</source>
        <translation>
            <numerusform>Shortened: %n more line not shown.</numerusform>
            <numerusform>Shortened: %n more lines not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n line(s)</source>
        <translation>
            <numerusform>%1 — %n line</numerusform>
            <numerusform>%1 — %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::SmtpSession</name>
    <message numerus="yes">
        <source>No answer to the connection attempt within %n second(s).</source>
        <translation>
            <numerusform>No answer to the connection attempt within %n second.</numerusform>
            <numerusform>No answer to the connection attempt within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not greet within %n second(s).</source>
        <translation>
            <numerusform>The server did not greet within %n second.</numerusform>
            <numerusform>The server did not greet within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s) (%1).</source>
        <translation>
            <numerusform>The server did not answer within %n second (%1).</numerusform>
            <numerusform>The server did not answer within %n seconds (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n byte(s) the server sent before encryption started.</source>
        <translation>
            <numerusform>Ignored %n byte the server sent before encryption started.</numerusform>
            <numerusform>Ignored %n bytes the server sent before encryption started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[test message, %n byte(s)]</source>
        <translation>
            <numerusform>[test message, %n byte]</numerusform>
            <numerusform>[test message, %n bytes]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server answers so slowly that the test was stopped after %n second(s).</source>
        <translation>
            <numerusform>The server answers so slowly that the test was stopped after %n second.</numerusform>
            <numerusform>The server answers so slowly that the test was stopped after %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
