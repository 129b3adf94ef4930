"""The app's small style sheet: inline validation marks and the frozen-revision banner."""

STYLE_SHEET = """
*[bevinding="fout"] { border: 1px solid #b3261e; }
*[bevinding="waarschuwing"] { border: 1px solid #b07d00; }
QLineEdit[invoerfout="true"] { border: 2px solid #b3261e; }
QLabel#veldmelding { color: #8a1c14; }
QLabel#veldmelding[bevinding="waarschuwing"] { color: #7a5600; border: none; }
QLabel#veldmelding[bevinding="fout"] { border: none; }
QLabel#kop { font-size: 15px; font-weight: bold; padding: 4px; }
QFrame#bevrorenbanner { background: #e8f0fe; border: 1px solid #4a6fa5; border-radius: 4px; }
QLabel#totalen { font-weight: bold; }
"""
