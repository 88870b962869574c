// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeview.h"

#include <algorithm>

#include "diagnosis/knowledge.h"
#include "diagnosis/probediagnosis.h"
#include "smtp/smtpprobe.h"
#include "wizardtexts.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace od {

namespace {
constexpr int kFrames = 12;
constexpr int kAttemptRole = Qt::UserRole + 1;

QList<Step> plannedSteps(const ProbeSettings &s, const Endpoint &e)
{
    QList<Step> steps{Step::Connect};
    const Security security = effectiveSecurity(e);
    if (security == Security::Tls)
        steps << Step::Tls << Step::Banner << Step::Ehlo;
    else if (security == Security::None)
        steps << Step::Banner << Step::Ehlo;
    else
        steps << Step::Banner << Step::Ehlo << Step::StartTls << Step::TlsHandshake << Step::EhloAfterTls;
    if (!s.user.isEmpty() || !s.oauthToken.isEmpty())
        steps << Step::Auth;
    steps << Step::MailFrom << Step::RcptLocal;
    for (int i = 0; i < s.effectiveForeignRecipients().size(); ++i)
        steps << Step::RcptForeign;
    if (s.sendMessage)
        steps << Step::Data << Step::Message;
    else
        steps << Step::Rset;
    steps << Step::Quit;
    return steps;
}

QString replySummary(const StepRecord &r)
{
    if (r.reply.isValid())
        return QString::number(r.reply.code) + QLatin1Char(' ') + r.reply.text();
    return r.detail;
}
} // namespace

ProbeView::ProbeView(QWidget *parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("stepsTreeWidget"));
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    // Step names whole (they are short); the server's words take the rest, in full as a tooltip.
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_showTranscript = new QToolButton(this);
    m_showTranscript->setObjectName(QStringLiteral("showTranscriptToolButton"));
    m_showTranscript->setCheckable(true);
    m_showTranscript->setAutoRaise(true);
    m_showTranscript->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showTranscript->setArrowType(Qt::RightArrow);

    m_transcript = new QPlainTextEdit(this);
    m_transcript->setObjectName(QStringLiteral("transcriptTextEdit"));
    m_transcript->setReadOnly(true);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setTabChangesFocus(true);
    m_transcript->hide();

    connect(m_showTranscript, &QToolButton::toggled, this, [this](bool on) {
        m_transcript->setVisible(on);
        m_showTranscript->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        showTranscript();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ProbeView::showTranscript);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 3);
    layout->addWidget(m_showTranscript, 0, Qt::AlignLeft);
    layout->addWidget(m_transcript, 2);

    m_spinTimer.setInterval(80);
    connect(&m_spinTimer, &QTimer::timeout, this, &ProbeView::animate);
    retranslateUi();
}

void ProbeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        m_spinner.clear();
    QWidget::changeEvent(event);
}

void ProbeView::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Step", "column header"), tr("Result", "column header"), tr("Time", "column header")});
    m_tree->setAccessibleName(tr("Test steps"));
    m_showTranscript->setText(tr("Show the con&versation with the server"));
    m_showTranscript->setAccessibleName(tr("Show the conversation with the server"));
    m_transcript->setAccessibleName(tr("Conversation with the server"));
    for (auto it = m_attempts.begin(); it != m_attempts.end(); ++it)
        render(it.value(), it.key());
}

void ProbeView::follow(SmtpProbe *probe, const ProbeSettings &settings)
{
    m_settings = settings;
    m_attempts.clear();
    m_order.clear();
    m_tree->clear();
    m_transcript->clear();
    if (!settings.pop3.host.isEmpty())
        addAttempt(-1, Endpoint{settings.pop3.port, settings.pop3.security}, {Step::Pop3});
    connect(probe, &SmtpProbe::attemptsPlanned, this, &ProbeView::plan);
    connect(probe, &SmtpProbe::stepStarted, this, &ProbeView::onStepStarted);
    connect(probe, &SmtpProbe::stepFinished, this, &ProbeView::onStep);
    connect(probe, &SmtpProbe::transcriptLine, this, &ProbeView::onLine);
    connect(probe, &SmtpProbe::attemptFinished, this, &ProbeView::onAttemptFinished);
    m_spinTimer.start();
}

void ProbeView::plan(const QList<Endpoint> &endpoints)
{
    for (int i = 0; i < endpoints.size(); ++i)
        addAttempt(i, endpoints.at(i), plannedSteps(m_settings, endpoints.at(i)));
}

void ProbeView::addAttempt(int index, const Endpoint &endpoint, const QList<Step> &steps)
{
    AttemptView v;
    v.endpoint = endpoint;
    v.top = new QTreeWidgetItem(m_tree);
    v.top->setData(0, kAttemptRole, index);
    v.top->setFirstColumnSpanned(false);
    for (Step s : steps) {
        Row row;
        row.step = s;
        row.item = new QTreeWidgetItem(v.top);
        row.item->setData(0, kAttemptRole, index);
        v.rows.append(row);
    }
    v.sinceLastStep.start();
    m_order.append(index);
    AttemptView &stored = m_attempts[index] = v;
    render(stored, index);
    v.top->setExpanded(true);
    m_attempts[index].top->setExpanded(true);
    if (!m_tree->currentItem())
        m_tree->setCurrentItem(stored.top);
}

// The row of a step that has not ended yet; a step the plan did not foresee (HELO after a
// refused EHLO) gets a row of its own before what is still pending. Earlier rows still
// pending were skipped (e.g. STARTTLS on an unencrypted connection).
int ProbeView::rowFor(AttemptView &v, int attempt, Step step)
{
    int match = -1;
    for (int i = 0; i < v.rows.size(); ++i) {
        const Row &r = v.rows.at(i);
        if ((r.state == RowState::Pending || r.state == RowState::Running) && r.step == step) {
            match = i;
            break;
        }
    }
    if (match < 0) {
        int at = int(v.rows.size());
        for (int i = 0; i < v.rows.size(); ++i) {
            if (v.rows.at(i).state == RowState::Pending || v.rows.at(i).state == RowState::Running) {
                at = i;
                break;
            }
        }
        Row row;
        row.step = step;
        row.planned = false;
        row.item = new QTreeWidgetItem;
        row.item->setData(0, kAttemptRole, attempt);
        v.top->insertChild(at, row.item);
        v.rows.insert(at, row);
        match = at;
    }
    for (int i = 0; i < match; ++i) {
        Row &r = v.rows[i];
        if (r.state == RowState::Pending)
            r.state = RowState::Skipped;
    }
    return match;
}

void ProbeView::onStepStarted(int attempt, Step step)
{
    if (!m_attempts.contains(attempt))
        return;
    AttemptView &v = m_attempts[attempt];
    const int row = rowFor(v, attempt, step);
    v.rows[row].state = RowState::Running;
    v.sinceLastStep.start();
    render(v, attempt);
}

void ProbeView::onStep(int attempt, const StepRecord &record)
{
    if (!m_attempts.contains(attempt))
        return;
    AttemptView &v = m_attempts[attempt];
    Row &row = v.rows[rowFor(v, attempt, record.step)];
    row.record = record;
    row.state = record.ok ? RowState::Ok : RowState::Failed;
    render(v, attempt);
}

void ProbeView::onLine(int attempt, const TranscriptLine &line)
{
    if (!m_attempts.contains(attempt))
        return;
    m_attempts[attempt].transcript.append(transcriptLineText(line));
    QTreeWidgetItem *current = m_tree->currentItem();
    if (m_transcript->isVisible() && current && current->data(0, kAttemptRole).toInt() == attempt)
        m_transcript->appendPlainText(m_attempts[attempt].transcript.constLast());
}

// An attempt that ended while the others still run shows its end at once: its outcome, and the
// cross on the step it failed at.
void ProbeView::onAttemptFinished(int attempt, const Attempt &record)
{
    if (!m_attempts.contains(attempt))
        return;
    AttemptView &v = m_attempts[attempt];
    const Cause cause = diagnoseAttempt(record).cause;
    end(v, cause == Cause::Ok, cause, &record);
    render(v, attempt);
}

void ProbeView::finish(const ProbeResult &result, const Diagnosis &diagnosis)
{
    m_spinTimer.stop();
    for (auto it = m_attempts.begin(); it != m_attempts.end(); ++it) {
        AttemptView &v = it.value();
        if (it.key() >= 0 && it.key() < result.attempts.size()) {
            const Attempt &attempt = result.attempts.at(it.key());
            const Cause cause = diagnosis.attemptCause(it.key());
            end(v, cause == Cause::Ok, cause, result.aborted ? nullptr : &attempt);
        } else if (it.key() == -1) {
            end(v, result.pop3.ok, result.pop3.ok ? Cause::Ok : diagnosis.pop3Cause, nullptr);
        } else {
            end(v, false, Cause::Unknown, nullptr);
        }
        render(v, it.key());
    }
}

void ProbeView::end(AttemptView &v, bool ok, Cause cause, const Attempt *attempt)
{
    v.running = false;
    v.ok = ok;
    v.cause = cause;
    // The step that was under way when a failed attempt stopped is the one that failed
    // (a refused connection, a handshake that broke off): it gets the cross, with why — unless a
    // step already failed with the server's answer (a refused recipient): then the steps still
    // under way (the pipelined reset and goodbye) were cut short, not refused.
    bool markedFailure = std::any_of(v.rows.cbegin(), v.rows.cend(), [](const Row &r) { return r.state == RowState::Failed; });
    for (Row &r : v.rows) {
        if (r.state == RowState::Running && !markedFailure && attempt && attempt->failure != Failure::None) {
            markedFailure = true;
            r.state = RowState::Failed;
            r.record.step = r.step;
            r.record.ok = false;
            r.failure = attempt->failureDetail;
            r.failureCause = cause;
            r.record.ms = v.sinceLastStep.elapsed();
        } else if (r.state == RowState::Pending || r.state == RowState::Running) {
            r.state = RowState::Skipped;
        }
    }
}

QString ProbeView::transcriptText(int attempt) const
{
    return m_attempts.value(attempt).transcript.join(QLatin1Char('\n'));
}

void ProbeView::showTranscript()
{
    if (!m_transcript->isVisible())
        return;
    QTreeWidgetItem *current = m_tree->currentItem();
    const int attempt = current ? current->data(0, kAttemptRole).toInt() : 0;
    m_transcript->setPlainText(transcriptText(attempt));
}

QIcon ProbeView::spinnerFrame() const
{
    return m_spinner.value(m_frame % kFrames);
}

void ProbeView::animate()
{
    if (m_spinner.isEmpty()) {
        // Drawn from the palette so it follows light and dark themes and any screen scale.
        const qreal dpr = devicePixelRatioF();
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        for (int i = 0; i < kFrames; ++i) {
            QPixmap pm(QSize(size, size) * dpr);
            pm.setDevicePixelRatio(dpr);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            QPen pen(palette().color(QPalette::Highlight), std::max(2.0, size / 7.0));
            pen.setCapStyle(Qt::RoundCap);
            p.setPen(pen);
            const qreal m = pen.widthF();
            p.drawArc(QRectF(m, m, size - 2 * m, size - 2 * m), -i * 30 * 16, 270 * 16);
            m_spinner.append(QIcon(pm));
        }
    }
    ++m_frame;
    for (auto it = m_attempts.begin(); it != m_attempts.end(); ++it) {
        AttemptView &v = it.value();
        if (!v.running)
            continue;
        v.top->setIcon(0, spinnerFrame());
        for (Row &r : v.rows) {
            if (r.state == RowState::Running) {
                r.item->setIcon(0, spinnerFrame());
                r.item->setText(2, WizardTexts::secondsText(v.sinceLastStep.elapsed()));
            }
        }
    }
}

void ProbeView::render(const AttemptView &v, int index)
{
    const QStyle *s = style();
    if (index == -1)
        v.top->setText(0, tr("Incoming server first (POP3): %1").arg(m_settings.pop3.host));
    else
        v.top->setText(0, WizardTexts::endpointText(m_settings.host, v.endpoint));
    if (v.running) {
        v.top->setText(1, tr("Testing…"));
        v.top->setIcon(0, spinnerFrame());
    } else {
        v.top->setText(1, v.ok ? tr("Works", "test result") : causeTitle(v.cause));
        v.top->setIcon(0, s->standardIcon(v.ok ? QStyle::SP_DialogApplyButton : QStyle::SP_DialogCancelButton));
    }
    v.top->setToolTip(1, v.top->text(1));
    for (const Row &r : v.rows)
        renderRow(const_cast<Row &>(r), v);
}

void ProbeView::renderRow(Row &row, const AttemptView &v)
{
    Q_UNUSED(v)
    QTreeWidgetItem *item = row.item;
    item->setText(0, WizardTexts::stepText(row.step));
    const QStyle *s = style();
    const QPalette pal = palette();
    item->setForeground(0, pal.brush(row.state == RowState::Pending || row.state == RowState::Skipped
                                         ? QPalette::PlaceholderText : QPalette::Text));
    switch (row.state) {
    case RowState::Pending:
        item->setIcon(0, QIcon());
        item->setText(1, QString());
        item->setText(2, QString());
        break;
    case RowState::Running:
        item->setIcon(0, spinnerFrame());
        item->setText(1, tr("Waiting for the server…"));
        break;
    case RowState::Skipped:
        item->setIcon(0, QIcon());
        item->setText(1, tr("Not reached", "test step"));
        item->setText(2, QString());
        break;
    case RowState::Ok:
    case RowState::Failed:
        if (row.failure)
            row.record.detail = row.failure->isEmpty() ? causeTitle(row.failureCause) : row.failure->text();
        item->setIcon(0, s->standardIcon(row.state == RowState::Ok ? QStyle::SP_DialogApplyButton
                                                                    : QStyle::SP_DialogCancelButton));
        item->setText(1, replySummary(row.record));
        item->setText(2, WizardTexts::secondsText(row.record.ms));
        break;
    }
    item->setToolTip(0, item->text(0));
    item->setToolTip(1, item->text(1));
    const QString stateWord = row.state == RowState::Ok       ? tr("succeeded", "test step")
                              : row.state == RowState::Failed ? tr("failed", "test step")
                              : row.state == RowState::Running ? tr("in progress", "test step")
                                                               : tr("not reached", "test step");
    item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(item->text(0), stateWord));
    item->setData(0, Qt::UserRole, int(row.state));
}

} // namespace od
