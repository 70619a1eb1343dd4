// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoReplyDialog.h"

#include "cache/AccountStore.h"
#include "itemmodels/WhenReady.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace inbox {

namespace {

QPlainTextEdit *replyEdit(const QString &name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setFixedHeight(54);
    return edit;
}

} // namespace

AutoReplyDialog::AutoReplyDialog(std::shared_ptr<CacheDatabase> cache, QString accountId,
                                 const QString &accountName, QWidget *parent)
    : QDialog(parent)
    , m_cache(std::move(cache))
    , m_accountId(std::move(accountId))
{
    setWindowTitle(tr("Automatic replies · %1").arg(accountName));
    auto *layout = new QVBoxLayout(this);
    m_enabled = new QCheckBox(tr("Answer new messages automatically"));
    m_enabled->setObjectName(QStringLiteral("autoReplyEnabled"));
    layout->addWidget(m_enabled);
    auto *note = new QLabel(tr("Replies go out like any message, marked automatic, only inside "
                               "the 24-hour window and at most %1 an hour per conversation.")
                                .arg(AutoReplyRules::perConversationPerHour));
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *keywordsBox = new QGroupBox(tr("Keywords (the first rule that matches answers)"));
    auto *keywordsLayout = new QVBoxLayout(keywordsBox);
    m_keywords = new QTableWidget(0, 2);
    m_keywords->setObjectName(QStringLiteral("keywordRules"));
    m_keywords->setHorizontalHeaderLabels({tr("Words, separated by commas"), tr("Reply")});
    m_keywords->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_keywords->horizontalHeader()->setStretchLastSection(true);
    m_keywords->setColumnWidth(0, 190);
    m_keywords->verticalHeader()->hide();
    m_keywords->setMinimumHeight(110);
    keywordsLayout->addWidget(m_keywords);
    auto *keywordButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add rule"));
    add->setObjectName(QStringLiteral("addKeyword"));
    auto *remove = new QPushButton(tr("Remove rule"));
    keywordButtons->addWidget(add);
    keywordButtons->addWidget(remove);
    keywordButtons->addStretch();
    keywordsLayout->addLayout(keywordButtons);
    layout->addWidget(keywordsBox);

    m_hours = new QGroupBox(tr("Opening hours"));
    m_hours->setObjectName(QStringLiteral("openingHours"));
    m_hours->setCheckable(true);
    auto *hoursForm = new QFormLayout(m_hours);
    auto *times = new QHBoxLayout;
    m_opens = new QTimeEdit(QTime(9, 0));
    m_opens->setObjectName(QStringLiteral("opensAt"));
    m_opens->setDisplayFormat(QStringLiteral("HH:mm"));
    m_closes = new QTimeEdit(QTime(18, 0));
    m_closes->setObjectName(QStringLiteral("closesAt"));
    m_closes->setDisplayFormat(QStringLiteral("HH:mm"));
    times->addWidget(m_opens);
    times->addWidget(new QLabel(tr("to")));
    times->addWidget(m_closes);
    times->addStretch();
    hoursForm->addRow(tr("Open"), times);
    auto *days = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat));
        box->setChecked(true);
        m_days << box;
        days->addWidget(box);
    }
    days->addStretch();
    hoursForm->addRow(tr("Days"), days);
    m_timeZone = new QLineEdit;
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setPlaceholderText(
        tr("this computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    hoursForm->addRow(tr("Time zone"), m_timeZone);
    m_closedReply = replyEdit(QStringLiteral("closedReply"),
                              tr("We're closed now; we open at 9:00 and will answer then."));
    hoursForm->addRow(tr("When closed"), m_closedReply);
    layout->addWidget(m_hours);

    auto *more = new QFormLayout;
    m_welcome = replyEdit(QStringLiteral("welcomeReply"),
                          tr("Welcome! An agent will be with you shortly."));
    more->addRow(tr("New customer"), m_welcome);
    m_hook = new QLineEdit;
    m_hook->setObjectName(QStringLiteral("replyHook"));
    m_hook->setPlaceholderText(tr("https://bot.example.com/reply (optional)"));
    m_hook->setToolTip(tr("Gets each new message as JSON; an answer {\"reply\": \"…\"} is sent. "
                          "When it has no reply, the rules above answer."));
    more->addRow(tr("HTTP hook"), m_hook);
    layout->addLayout(more);

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("autoReplyProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problems->hide();
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveAutoReply"));
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] { addKeyword({}, {}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_keywords->currentRow() >= 0)
            m_keywords->removeRow(m_keywords->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &AutoReplyDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 640);
    setEnabled(false); // until the saved rules are in, so that no edit is overwritten

    whenReady(
        AccountStore(m_cache).autoReply(m_accountId), this,
        [this](const AutoReplyRules &rules) { present(rules); },
        [this](const CacheError &error) {
            setEnabled(true);
            m_problems->setText(error.message());
            m_problems->show();
        });
}

void AutoReplyDialog::addKeyword(const QString &words, const QString &reply)
{
    const int row = m_keywords->rowCount();
    m_keywords->insertRow(row);
    m_keywords->setItem(row, 0, new QTableWidgetItem(words));
    m_keywords->setItem(row, 1, new QTableWidgetItem(reply));
    if (words.isEmpty())
        m_keywords->editItem(m_keywords->item(row, 0));
}

void AutoReplyDialog::present(const AutoReplyRules &rules)
{
    setEnabled(true);
    m_enabled->setChecked(rules.enabled);
    for (const AutoReplyRules::Keyword &keyword : rules.keywords)
        addKeyword(keyword.words.join(QStringLiteral(", ")), keyword.reply);
    m_hours->setChecked(rules.hasOpeningHours());
    if (rules.hasOpeningHours()) {
        m_opens->setTime(rules.opensAt);
        m_closes->setTime(rules.closesAt);
    }
    for (int day = 1; day <= 7; ++day)
        m_days.at(day - 1)->setChecked(rules.openDays.contains(day));
    m_timeZone->setText(rules.timeZone);
    m_closedReply->setPlainText(rules.closedReply);
    m_welcome->setPlainText(rules.welcome);
    m_hook->setText(rules.hook.toString());
}

AutoReplyRules AutoReplyDialog::rules() const
{
    AutoReplyRules rules;
    rules.enabled = m_enabled->isChecked();
    for (int row = 0; row < m_keywords->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_keywords->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(0).isEmpty() && text(1).isEmpty())
            continue; // a row added and left empty
        QStringList words;
        for (const QString &word : text(0).split(QLatin1Char(','), Qt::SkipEmptyParts))
            words << word.trimmed();
        rules.keywords.append({words, text(1)});
    }
    rules.openDays.clear();
    for (int day = 1; day <= 7; ++day) {
        if (m_days.at(day - 1)->isChecked())
            rules.openDays << day;
    }
    if (m_hours->isChecked()) {
        rules.opensAt = m_opens->time();
        rules.closesAt = m_closes->time();
    }
    rules.timeZone = m_timeZone->text().trimmed();
    rules.closedReply = m_closedReply->toPlainText().trimmed();
    rules.welcome = m_welcome->toPlainText().trimmed();
    rules.hook = QUrl(m_hook->text().trimmed());
    return rules;
}

void AutoReplyDialog::save()
{
    const AutoReplyRules edited = rules();
    if (const QStringList problems = edited.problems(); !problems.isEmpty()) {
        m_problems->setText(tr("Not saved: %1.").arg(problems.join(QStringLiteral("; "))));
        m_problems->show();
        return;
    }
    whenReady(
        AccountStore(m_cache).setAutoReply(m_accountId, edited), this, [this] { accept(); },
        [this](const CacheError &error) {
            m_problems->setText(tr("Not saved: %1").arg(error.message()));
            m_problems->show();
        });
}

} // namespace inbox
