#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Theme
{

void apply(QApplication& app)
{
    app.setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette p = app.palette();
    p.setColor(QPalette::Window, Window);
    p.setColor(QPalette::WindowText, Text);
    p.setColor(QPalette::Base, Card);
    p.setColor(QPalette::AlternateBase, QColor(0xF7, 0xF9, 0xFA));
    p.setColor(QPalette::Text, Text);
    p.setColor(QPalette::Button, QColor(0xFA, 0xFB, 0xFC));
    p.setColor(QPalette::ButtonText, Text);
    p.setColor(QPalette::Highlight, QColor(0xD6, 0xE6, 0xF5));
    p.setColor(QPalette::HighlightedText, Text);
    p.setColor(QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xF4));
    p.setColor(QPalette::ToolTipText, Text);
    p.setColor(QPalette::PlaceholderText, Muted);
    p.setColor(QPalette::Link, Accent);
    p.setColor(QPalette::Mid, Border);
    app.setPalette(p);
    // Spin boxes keep Fusion's own frame: a style sheet border would take their arrows away.
    app.setStyleSheet(uR"(
QTableView, QTreeView, QListView { border: 1px solid #DDE3E8; border-radius: 6px; gridline-color: #EEF1F4; }
QHeaderView::section { background: #F7F9FA; border: none; border-bottom: 1px solid #DDE3E8; padding: 6px 8px;
                       color: #5B6A75; font-weight: 600; }
QLineEdit, QComboBox, QPlainTextEdit, QTextEdit {
    border: 1px solid #CBD4DB; border-radius: 5px; padding: 4px 6px; background: white; }
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus { border-color: #2C6EA8; }
QPushButton { border: 1px solid #CBD4DB; border-radius: 5px; padding: 5px 14px; background: #FAFBFC; }
QPushButton:hover { background: #EEF3F7; }
QPushButton:default, QPushButton[primary="true"] { background: #2C6EA8; color: white; border-color: #245C8D; }
QPushButton[danger="true"] { background: #C0392B; color: white; border-color: #A33024; }
QPushButton:disabled { color: #A0ABB4; background: #F2F4F6; border-color: #E1E6EA; }
QLabel[role="title"] { font-size: 20px; font-weight: 600; color: #1F2A33; }
QLabel[role="subtitle"] { color: #5B6A75; }
QLabel[role="section"] { font-size: 14px; font-weight: 600; color: #1F2A33; }
QFrame[role="card"] { background: white; border: 1px solid #DDE3E8; border-radius: 8px; }
QStatusBar { background: #EEF1F4; border-top: 1px solid #DDE3E8; }
QStatusBar QLabel { padding: 0 8px; }
QToolTip { border: 1px solid #CBD4DB; padding: 4px; }
QCommandLinkButton, QCommandLinkButton:default { background: white; color: #1F2A33; border: 1px solid #DDE3E8;
    border-radius: 6px; padding: 8px; }
QCommandLinkButton:hover { background: #EEF3F7; border-color: #CBD4DB; }
QCommandLinkButton:focus { border: 2px solid #2C6EA8; }
QListWidget#settingsNav { background: #F7F9FA; padding: 6px 4px; }
QListWidget#settingsNav::item { padding: 7px 10px; border-radius: 5px; color: #1F2A33; }
QListWidget#settingsNav::item:hover { background: #EEF3F7; }
QListWidget#settingsNav::item:selected { background: #2C6EA8; color: white; }
)"_s);
}

} // namespace Theme
