// SPDX-License-Identifier: GPL-3.0-or-later
#include "applychangespanel.h"

#include "clientinstructions.h"

#include "accounts/accountscanner.h"
#include "accounts/clients/mailclient.h"
#include "diagnosis/probediagnosis.h"
#include "wizardtexts.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace od {

namespace {

QLabel *panelLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ApplyChangesPanel::ApplyChangesPanel(WizardState *state, QWidget *parent)
    : QGroupBox(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("applyChangesGroupBox"));
    m_intro = panelLabel(this, "applyIntroLabel");
    m_changes = panelLabel(this, "applyChangesListLabel");
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applyChangesPushButton"));
    m_result = panelLabel(this, "applyResultLabel");
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undo = new QPushButton(this);
    m_undo->setObjectName(QStringLiteral("undoChangesPushButton"));
    connect(m_apply, &QPushButton::clicked, this, &ApplyChangesPanel::apply);
    connect(m_undo, &QPushButton::clicked, this, &ApplyChangesPanel::undo);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_changes);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    setTabOrder(m_apply, m_undo);
    refresh();
}

void ApplyChangesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

AccountChange ApplyChangesPanel::changeFor(const MailAccount &file, const AccountSettings &verified,
                                           const ProbeResult &retest)
{
    // The endpoint the verdict rests on: what "automatic" turned out to be.
    const int basis = diagnoseProbe(retest).attempt;
    const Attempt *used = basis >= 0 && basis < retest.attempts.size() ? &retest.attempts.at(basis) : nullptr;
    return AccountConversion::changeFor(file, verified, used);
}

QList<ApplyChangesPanel::Row> ApplyChangesPanel::rows(const MailAccount &file, const AccountChange &change)
{
    // The fields and values are named as the mail program names them (its own words).
    const QString &client = file.client;
    const QString notSet = tr("not set", "a setting's value");
    auto text = [&](const QString &value) { return value.isEmpty() ? notSet : value; };
    auto port = [&](int p) { return p == 0 ? notSet : QString::number(p); };
    auto security = [&](Security s) {
        return s == Security::Auto ? notSet : ClientInstructions::securityValue(client, s);
    };
    auto auth = [&](const QString &id) -> QString {
        if (id.isEmpty()) return notSet;
        const QString own = ClientInstructions::authValue(client, id);
        if (!own.isEmpty() && id != AuthId::Plain && id != AuthId::Login && id != AuthId::CramMd5
            && id != AuthId::DigestMd5)
            return own;
        if (id == AuthId::Any) return tr("password, any method", "authentication");
        if (id == AuthId::Plain) return tr("password, PLAIN", "authentication");
        if (id == AuthId::Login) return tr("password, LOGIN", "authentication");
        if (id == AuthId::CramMd5) return tr("encrypted password, CRAM-MD5", "authentication");
        if (id == AuthId::DigestMd5) return tr("encrypted password, DIGEST-MD5", "authentication");
        return id.toUpper(); // NTLM, GSSAPI, EXTERNAL: the protocol's own names
    };
    auto field = [&](Term t) { return ClientInstructions::term(client, t); };
    QList<Row> r;
    if (change.host)
        r.append({field(Term::ServerField), text(file.smtp.host), *change.host});
    if (change.port)
        r.append({field(Term::PortField), port(file.smtp.port), port(*change.port)});
    if (change.security)
        r.append({field(Term::SecurityField), security(file.smtp.security), security(*change.security)});
    if (change.auth)
        r.append({field(Term::AuthField), auth(file.smtp.auth), auth(*change.auth)});
    if (change.user)
        r.append({field(Term::UserField), text(file.smtp.user), *change.user});
    if (change.from)
        r.append({field(Term::EmailField), text(file.email), *change.from});
    if (change.replyTo)
        r.append({tr("Reply-to address"), text(file.replyTo), text(*change.replyTo)});
    return r;
}

bool ApplyChangesPanel::isOffered() const
{
    return !m_change.isEmpty() && m_problem.isEmpty();
}

void ApplyChangesPanel::refresh()
{
    const WizardState &s = *m_state;
    m_change = {};
    m_problem.clear();
    m_file = s.pickedAccount();
    // What this panel applied belongs to the fix tried then; once another was tried after it
    // (the switch to OAuth2 on the Fix page), the page tells that one.
    if (m_attemptIndex != s.fixesTried().size() - 1) {
        m_applied = {};
        m_appliedRows.clear();
        m_undoError.clear();
        m_attemptIndex = -1;
    }
    const bool verified = s.hasFirstResult() && s.hasRetestResult() && !s.retestResult().aborted
                          && s.retestDiagnosis().cause == Cause::Ok;
    if (verified && AccountWriter::isWritable(m_file.client)) {
        // As the file has it now: the user may have changed the program since the scan, and
        // after "apply" the list empties because the file already says so.
        const ReadResult now = AccountScanner::readFile(m_file.source);
        bool found = false;
        for (const MailAccount &a : now.accounts) {
            if (a.client == m_file.client && a.identityRef == m_file.identityRef && a.smtpRef == m_file.smtpRef) {
                m_file = a;
                found = true;
                break;
            }
        }
        m_change = changeFor(m_file, s.proposed(), s.retestResult());
        if (!found && !m_change.isEmpty())
            m_problem = Phrase("od::ApplyChangesPanel",
                               QT_TRANSLATE_NOOP("od::ApplyChangesPanel", "The account is no longer in %1."),
                               {QDir::toNativeSeparators(m_file.source)});
        else if (!m_change.isEmpty())
            m_problem = AccountWriter::validate(m_file, m_change);
    }
    retranslateUi();
}

QString ApplyChangesPanel::rowsText(const QList<Row> &rows) const
{
    QStringList lines;
    for (const Row &r : rows)
        lines << tr("• %1: %2 → %3", "a setting: its old value → its new value").arg(r.setting, r.before, r.after);
    return lines.join(QLatin1Char('\n'));
}

QString ApplyChangesPanel::resultText() const
{
    const QString client = MailClients::displayName(m_applied.client);
    QStringList lines;
    switch (m_applied.outcome) {
    case AppliedChange::Outcome::None:
        break;
    case AppliedChange::Outcome::Applied:
        lines << tr("Changed in %1:").arg(client) << rowsText(m_appliedRows);
        for (qsizetype i = 0; i < m_applied.files.size(); ++i) {
            lines << tr("File: %1").arg(QDir::toNativeSeparators(m_applied.files.at(i)));
            if (i < m_applied.backups.size())
                lines << tr("Backup of the file as it was: %1").arg(QDir::toNativeSeparators(m_applied.backups.at(i)));
        }
        if (!m_undoError.isEmpty())
            lines << tr("The change could not be undone: %1").arg(m_undoError.text());
        break;
    case AppliedChange::Outcome::NotApplied:
        lines << tr("Nothing was changed in %1: %2").arg(client, m_applied.error.text());
        break;
    case AppliedChange::Outcome::Undone:
        for (qsizetype i = 0; i < m_applied.files.size() && i < m_applied.backups.size(); ++i)
            lines << tr("Undone: %1 is as it was before, restored from %2.")
                         .arg(QDir::toNativeSeparators(m_applied.files.at(i)),
                              QDir::toNativeSeparators(m_applied.backups.at(i)));
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

void ApplyChangesPanel::retranslateUi()
{
    const QString client = MailClients::displayName(m_file.client.isEmpty() ? m_applied.client : m_file.client);
    setTitle(tr("Change the settings for me"));
    setAccessibleName(title());
    m_intro->setText(tr("Outbox Doctor can make these changes in the settings file of %1 for you. It keeps a copy of "
                        "the file as a backup, and never writes your password into it: enter it in %1 if it asks.")
                         .arg(client));
    QStringList changes;
    if (!m_change.isEmpty()) {
        changes << tr("What changes in %1:").arg(client) << rowsText(rows(m_file, m_change));
        QStringList files;
        if (const ClientDescriptor *d = MailClients::find(m_file.client); d && d->writeTargets) {
            const QList<WriteTarget> targets = d->writeTargets(m_file, m_change);
            for (const WriteTarget &t : targets)
                files << t.path;
        }
        for (const QString &f : std::as_const(files))
            changes << tr("In the file: %1").arg(QDir::toNativeSeparators(f));
        if (!m_problem.isEmpty())
            changes << tr("Outbox Doctor cannot change this for you: %1 Follow the instructions below instead.")
                           .arg(m_problem.text());
    }
    m_changes->setText(changes.join(QLatin1Char('\n')));
    m_result->setText(resultText());
    m_apply->setText(tr("Change these settings in %1 for &me").arg(client));
    m_apply->setAccessibleName(tr("Change these settings in %1 for me").arg(client));
    // Programs that keep their settings in memory and may write them back on closing.
    const ClientDescriptor *descriptor = MailClients::find(m_file.client);
    const bool closeFirst = descriptor && descriptor->closeBeforeWriting;
    m_apply->setToolTip(closeFirst ? tr("Close %1 first. A backup of its settings file is kept.").arg(client) : QString());
    m_undo->setText(tr("&Undo the change"));
    m_undo->setAccessibleName(tr("Undo the change to the settings of %1").arg(client));
    for (QLabel *l : {m_intro, m_changes, m_result})
        l->setAccessibleName(l->text());

    const bool offered = isOffered();
    m_intro->setVisible(offered);
    m_changes->setVisible(!m_change.isEmpty());
    m_apply->setVisible(offered);
    m_result->setVisible(m_applied.outcome != AppliedChange::Outcome::None);
    m_undo->setVisible(m_applied.outcome == AppliedChange::Outcome::Applied);
    setVisible(!m_change.isEmpty() || m_applied.outcome != AppliedChange::Outcome::None);
}

void ApplyChangesPanel::record(const AppliedChange &applied)
{
    m_applied = applied;
    m_state->setApplied(m_attemptIndex, applied);
}

void ApplyChangesPanel::apply()
{
    if (!isOffered())
        return;
    const QList<Row> changeRows = rows(m_file, m_change);
    const ApplyResult r = m_state->applyChange(m_file, m_change);
    AppliedChange a;
    a.client = m_file.client;
    if (!r.ok() || r.files.isEmpty()) {
        a.outcome = AppliedChange::Outcome::NotApplied;
        a.error = r.ok() ? Phrase("od::ApplyChangesPanel",
                                  QT_TRANSLATE_NOOP("od::ApplyChangesPanel", "the file already has these settings."))
                         : r.error;
    } else {
        a.outcome = AppliedChange::Outcome::Applied;
        a.files = r.files;
        a.backups = r.backups;
        a.changed = r.changed;
        m_appliedRows = changeRows;
    }
    m_undoError.clear();
    // The retest that verified these settings is the last fix tried.
    m_attemptIndex = int(m_state->fixesTried().size()) - 1;
    record(a);
    refresh();
    if (m_undo->isVisible())
        m_undo->setFocus();
}

void ApplyChangesPanel::undo()
{
    if (m_applied.outcome != AppliedChange::Outcome::Applied)
        return;
    m_undoError.clear();
    const ApplyResult r = m_state->undoApplied(m_attemptIndex);
    if (!r.ok()) {
        m_undoError = r.error;
        refresh();
        return;
    }
    m_applied.outcome = AppliedChange::Outcome::Undone;
    refresh();
    if (m_apply->isVisible())
        m_apply->setFocus();
}

} // namespace od
