#include "FileImportDialog.h"

#include "Theme.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FileImportDialog::FileImportDialog(const Texts& texts, QWidget* parent)
    : QDialog(parent)
    , m_name(texts.name)
    , m_chooseTitle(texts.chooseTitle)
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose file…"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_issues(new QPlainTextEdit(this))
    , m_stop(nullptr)
{
    setObjectName(m_name + u"Dialog"_s);
    setWindowTitle(texts.title);
    auto* intro = new QLabel(texts.intro, this);
    intro->setWordWrap(true);
    intro->setProperty("role", u"subtitle"_s);
    m_path->setObjectName(m_name + u"Path"_s);
    m_path->setPlaceholderText(texts.placeholder);
    m_path->setReadOnly(true);
    m_choose->setObjectName(m_name + u"Choose"_s);
    m_progress->setObjectName(m_name + u"Progress"_s);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_result->setObjectName(m_name + u"Result"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues->setObjectName(m_name + u"Issues"_s);
    m_issues->setReadOnly(true);
    m_issues->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_issues->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_stop = buttons->addButton(tr("Stop import"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(m_name + u"Stop"_s);
    m_stop->hide();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        stopImport();
    });
    connect(m_choose, &QPushButton::clicked, this, &FileImportDialog::chooseFile);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_issues, 1);
    layout->addStretch(); // takes the room while there are no problems to list
    layout->addWidget(buttons);
    resize(640, 380);
}

void FileImportDialog::openAndChoose()
{
    setAttribute(Qt::WA_DeleteOnClose);
    open();
    if (m_choose->isEnabled())
        chooseFile();
}

void FileImportDialog::refuse(const QString& why)
{
    m_result->setText(why);
    m_choose->setEnabled(false);
}

QString FileImportDialog::resultText() const
{
    return m_result->text();
}

QString FileImportDialog::problemsText() const
{
    return m_issues->toPlainText();
}

QString FileImportDialog::fileName() const
{
    return QFileInfo(m_path->text()).fileName();
}

void FileImportDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this, m_chooseTitle);
    dialog->setObjectName(m_name + u"FileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("CSV files (*.csv *.txt)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &FileImportDialog::setFile);
    dialog->open();
}

void FileImportDialog::setFile(const QString& path)
{
    if (path.isEmpty() || m_working)
        return;
    m_path->setText(path);
    m_result->clear();
    m_result->setStyleSheet({});
    m_issues->clear();
    m_issues->hide();
    showProgress(-1, tr("Reading %1…").arg(QFileInfo(path).fileName()));
    setWorking(true);
    startImport(path);
}

void FileImportDialog::setWorking(bool working)
{
    m_working = working;
    m_choose->setEnabled(!working);
    m_progress->setVisible(working);
    m_stop->setVisible(working);
    m_stop->setEnabled(true);
}

void FileImportDialog::showProgress(int permille, const QString& text)
{
    if (permille < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(permille);
    }
    m_progress->setFormat(text);
}

void FileImportDialog::finish(bool ok, const QString& summary, const QStringList& problems)
{
    if (!m_working)
        return;
    setWorking(false);
    m_result->setText(summary);
    if (!ok)
        m_result->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
    if (!problems.isEmpty()) {
        m_issues->setPlainText(problems.join(u'\n'));
        m_issues->show();
    }
}
