<?php
// This file is part of Moodle - http://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

/**
 * German strings for local_digitalstrategy.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['addmember'] = 'Mitglied hinzufügen';
$string['addorganisation'] = 'Organisation anlegen';
$string['admincategory'] = 'digit@l und sozi@l';
$string['answererror_dontknownotoffered'] = 'Diese Frage bietet „Weiß nicht“ nicht an. Bitte wählen Sie eine der Antworten.';
$string['answererror_notyesno'] = 'Bitte beantworten Sie diese Frage mit Ja oder Nein.';
$string['answererror_outofrange'] = 'Die Antwort „{$a->value}“ ist hier nicht möglich: Bitte wählen Sie einen Wert von {$a->min} bis {$a->max}.';
$string['answererror_relevancenotasked'] = 'Bei dieser Frage wird nicht nach der Bedeutung des Themas gefragt.';
$string['answererror_relevanceoutofrange'] = 'Bitte bewerten Sie die Bedeutung von 1 bis {$a->max}.';
$string['answererror_texttoolong'] = 'Der Text ist zu lang: Möglich sind höchstens {$a->max} Zeichen.';
$string['answererror_unknownitem'] = 'Diese Frage gehört nicht (mehr) zum Check. Bitte laden Sie die Seite neu.';
$string['answererror_unknownoption'] = 'Die Auswahl „{$a->option}“ gibt es bei dieser Frage nicht.';
$string['answererror_valuewithdontknow'] = 'Bitte wählen Sie entweder eine Antwort oder „Weiß nicht“, nicht beides.';
$string['archive'] = 'Archivieren';
$string['archived'] = 'Archiviert';
$string['changesettings'] = 'Einstellungen ändern';
$string['digitalstrategy:answercheck'] = 'Digitalisierungscheck für die eigene Organisation ausfüllen';
$string['digitalstrategy:manageorganisations'] = 'Organisationen und ihre Mitglieder verwalten';
$string['digitalstrategy:viewallresults'] = 'Ergebnisse aller Organisationen ansehen';
$string['editorganisation'] = '{$a} bearbeiten';
$string['employees'] = 'Zahl der Beschäftigten';
$string['error_employees'] = 'Bitte geben Sie die Zahl der Beschäftigten als ganze Zahl an oder lassen Sie das Feld leer.';
$string['error_fieldofwork'] = 'Unbekanntes Arbeitsfeld. Mögliche Werte: care, daycare, counselling, disability, youth, other.';
$string['error_idnumbertaken'] = 'Eine andere Organisation hat bereits diese Kennung.';
$string['error_memberofother'] = 'Diese Person gehört bereits zur Organisation „{$a}“. Entfernen Sie sie zuerst dort.';
$string['error_namerequired'] = 'Bitte geben Sie den Namen der Organisation ein.';
$string['error_role'] = 'Unbekannte Rolle. Mögliche Werte: {$a}.';
$string['error_toolong'] = 'Dieser Text ist zu lang.';
$string['error_usernotfound'] = 'Dieses Benutzerkonto gibt es nicht.';
$string['eventanswersaved'] = 'Antwort im Check gespeichert';
$string['eventcheckstarted'] = 'Check begonnen';
$string['eventchecksubmitted'] = 'Check abgeschlossen';
$string['export'] = 'Export';
$string['exportjson'] = 'Als JSON herunterladen';
$string['fieldofwork'] = 'Arbeitsfeld';
$string['fieldofwork_care'] = 'Pflege';
$string['fieldofwork_counselling'] = 'Beratung';
$string['fieldofwork_daycare'] = 'Kindertagesbetreuung';
$string['fieldofwork_disability'] = 'Eingliederungshilfe';
$string['fieldofwork_other'] = 'Sonstiges';
$string['fieldofwork_youth'] = 'Kinder- und Jugendhilfe';
$string['importaction_memberadd'] = '{$a} als Mitglied hinzufügen';
$string['importaction_memberrole'] = 'Rolle von {$a} ändern';
$string['importaction_none'] = 'Keine Änderung';
$string['importaction_orgcreate'] = 'Organisation anlegen';
$string['importaction_orgupdate'] = 'Organisation aktualisieren';
$string['importagain'] = 'Korrigierte Datei hochladen';
$string['importconfirm'] = 'Zeilen ohne Fehler importieren';
$string['importdone'] = 'Import abgeschlossen: {$a->created} Organisationen angelegt, {$a->updated} aktualisiert, {$a->members} Mitgliedschaften hinzugefügt oder geändert, {$a->skipped} fehlerhafte Zeilen übersprungen.';
$string['imported'] = 'Importiert';
$string['importerror_conflict'] = 'Die Spalte „{$a->column}“ weicht für dieselbe Organisation von Zeile {$a->line} ab.';
$string['importerror_duplicatecolumn'] = 'Die Spalte „{$a}“ kommt mehrfach vor.';
$string['importerror_missingcolumn'] = 'Die Spalte „{$a}“ fehlt.';
$string['importerror_noidnumber'] = 'Die Kennung (Spalte idnumber) fehlt.';
$string['importerror_nouser'] = 'Es gibt kein Benutzerkonto „{$a}“.';
$string['importerror_pilot'] = '„{$a}“ ist kein gültiger Wert für pilot: Verwenden Sie ja oder nein (yes/no, 1/0).';
$string['importerror_rolewithoutuser'] = 'Eine Rolle ist angegeben, aber kein Benutzername und keine E-Mail-Adresse.';
$string['importerror_unknowncolumn'] = 'Die Spalte „{$a}“ ist unbekannt. Mögliche Spalten: idnumber, name, location, fieldofwork, employees, pilot, username, email, role.';
$string['importerror_unreadable'] = 'Die Datei konnte nicht als CSV gelesen werden. {$a}';
$string['importerror_usertwice'] = 'Diese Person ist in derselben Datei für eine andere Organisation ({$a}) aufgeführt.';
$string['importexpired'] = 'Die hochgeladene Datei ist nicht mehr vorhanden (die Vorschau ist zu alt). Bitte laden Sie sie erneut hoch.';
$string['importfile'] = 'CSV-Datei';
$string['importfile_help'] = 'Eine Zeile je Organisation oder Mitgliedschaft, mit Kopfzeile. Spalten: idnumber (Pflicht), name, location, fieldofwork (care, daycare, counselling, disability, youth, other), employees, pilot (ja/nein), username oder email, role (leadership oder staff). Weitere Zeilen mit derselben idnumber dürfen die Organisationsspalten leer lassen und weitere Mitglieder hinzufügen.';
$string['importfileerrors'] = 'Die Datei kann nicht importiert werden:';
$string['importinstrument'] = 'Instrument importieren';
$string['importintro'] = 'Laden Sie eine CSV-Datei mit Organisationen und ihren Mitgliedern hoch. Bevor etwas geändert wird, sehen Sie eine Vorschau mit dem Ergebnis jeder Zeile.';
$string['importline'] = 'Zeile';
$string['importorganisations'] = 'Organisationen importieren';
$string['importpreview'] = 'Vorschau';
$string['importresult'] = 'Ergebnis';
$string['importsummary'] = '{$a->valid} Zeilen können importiert werden, {$a->invalid} Zeilen enthalten Fehler und werden übersprungen.';
$string['instrumenterror_const'] = 'muss {$a->expected} sein.';
$string['instrumenterror_duplicate'] = 'der Schlüssel „{$a->key}“ kommt doppelt vor (zuerst bei {$a->first}).';
$string['instrumenterror_enum'] = 'muss einer dieser Werte sein: {$a->allowed}.';
$string['instrumenterror_forbidden'] = '„{$a->property}“ ist bei Fragen vom Typ {$a->type} nicht erlaubt.';
$string['instrumenterror_invalidjson'] = 'die Datei ist kein gültiges JSON: {$a->message}';
$string['instrumenterror_maxitems'] = 'höchstens {$a->max} Einträge sind erlaubt.';
$string['instrumenterror_maxlength'] = 'der Text ist zu lang (höchstens {$a->max} Zeichen).';
$string['instrumenterror_minitems'] = 'mindestens {$a->min} Einträge sind nötig.';
$string['instrumenterror_minlength'] = 'darf nicht leer sein.';
$string['instrumenterror_pattern'] = 'hat die falsche Form (erwartet: {$a->pattern}).';
$string['instrumenterror_range'] = 'muss zwischen {$a->min} und {$a->max} liegen.';
$string['instrumenterror_required'] = '„{$a->property}“ fehlt.';
$string['instrumenterror_type'] = 'muss vom Typ {$a->expected} sein.';
$string['instrumenterror_unknown'] = '„{$a->property}“ ist keine bekannte Eigenschaft.';
$string['instrumentfile'] = 'Instrumentdatei';
$string['instrumentfile_help'] = 'Ein Fragebogen als JSON im Format von db/instruments/schema.json. Um ein Instrument zu ändern, exportieren Sie es, bearbeiten es und erhöhen die Version: Antworten bleiben an die Version gebunden, für die sie gegeben wurden; neue Durchläufe verwenden die neueste Version.';
$string['instrumentidnumber'] = 'Kennung';
$string['instrumentimported'] = '„{$a->name}“ Version {$a->version} wurde importiert.';
$string['instrumentinvalid'] = 'Die Datei wurde nicht importiert, weil sie nicht dem Instrumentformat entspricht. Es wurde nichts geändert. Bitte korrigieren Sie diese Punkte:';
$string['instrumentkind'] = 'Art';
$string['instrumentnotfound'] = 'Der Fragebogen wurde nicht gefunden. Bitte bitten Sie die Akademie, den Digitalisierungscheck einzurichten.';
$string['instruments'] = 'Fragebögen';
$string['instrumentunchanged'] = '„{$a->name}“ Version {$a->version} ist bereits mit genau diesem Inhalt vorhanden.';
$string['instrumentversionexists'] = 'Version {$a->version} des Instruments „{$a->idnumber}“ gibt es bereits mit anderem Inhalt. Erhöhen Sie die Versionsnummer in der Datei, um Ihre Änderungen zu importieren.';
$string['invalidorganisation'] = 'Die Organisation konnte nicht gespeichert werden: {$a}';
$string['kind_check'] = 'Check';
$string['kind_feedback'] = 'Feedback';
$string['kind_survey'] = 'Befragung';
$string['location'] = 'Ort';
$string['locktimeout'] = 'Gerade speichert jemand anderes dieselbe Antwort. Bitte versuchen Sie es gleich noch einmal.';
$string['maturity0'] = 'Nicht begonnen';
$string['maturity1'] = 'Erste Schritte';
$string['maturity2'] = 'In Umsetzung';
$string['maturity3'] = 'Etabliert';
$string['maturity4'] = 'Vorreiter';
$string['memberadded'] = 'Das Mitglied wurde hinzugefügt.';
$string['memberremoved'] = 'Das Mitglied wurde entfernt. Seine Antworten bleiben bei der Organisation.';
$string['members'] = 'Mitglieder';
$string['membersince'] = 'Mitglied seit';
$string['membersof'] = 'Mitglieder von {$a}';
$string['nomembers'] = 'Diese Organisation hat noch keine Mitglieder.';
$string['noorganisations'] = 'Es sind noch keine Organisationen angelegt. Daher gibt es noch keine Ergebnisse aus Check oder Befragungen.';
$string['notmember'] = 'Sie gehören nicht zu dieser Organisation und können ihren Check daher weder sehen noch ändern.';
$string['organisationarchived'] = 'Diese Organisation ist archiviert: Ihre Ergebnisse sind einsehbar, der Check kann aber nicht mehr ausgefüllt werden.';
$string['organisationarchivednotice'] = '{$a} wurde archiviert.';
$string['organisationidnumber'] = 'Kennung';
$string['organisationidnumber_help'] = 'Eine kurze eindeutige Kennung, zum Beispiel die Nummer im Mitgliederverzeichnis des Verbands. Der CSV-Import erkennt die Organisation daran.';
$string['organisationname'] = 'Name der Organisation';
$string['organisationnotfound'] = 'Die Organisation wurde nicht gefunden.';
$string['organisations'] = 'Organisationen';
$string['organisationsaved'] = '{$a} wurde gespeichert.';
$string['organisationunarchived'] = '{$a} ist wieder aktiv.';
$string['overview'] = 'Programmübersicht';
$string['overview_intro'] = 'Diese Übersicht führt den Digitalisierungscheck, die Befragungen und die Projektindikatoren aller Mitgliedsorganisationen zusammen.';
$string['participationtarget'] = 'Beteiligungsziel';
$string['participationtarget_desc'] = 'Anteil der Mitgliedsorganisationen in Prozent (0–100), die sich an einer Befragung beteiligen sollen. Die Beteiligung wird an diesem Ziel gemessen.';
$string['participationtarget_value'] = '{$a} % der Mitgliedsorganisationen';
$string['peerthreshold'] = 'Mindestzahl an Organisationen für den Vergleich';
$string['peerthreshold_desc'] = 'Eine Organisation sieht den anonymen Durchschnitt der anderen Organisationen erst, wenn mindestens so viele Organisationen Ergebnisse haben. Je kleiner der Wert, desto leichter lässt sich auf das Ergebnis einer einzelnen Organisation schließen.';
$string['peerthreshold_value'] = '{$a} Organisationen';
$string['pilot'] = 'Pilotorganisation';
$string['pilot_label'] = 'Nimmt als Pilotorganisation teil';
$string['pluginname'] = 'digit@l und sozi@l: Digitalisierungsstrategie';
$string['privacy:metadata:answer'] = 'Die Antworten einer Organisation in Check, Befragung oder Feedbackbogen, jeweils mit der Person, die zuletzt geantwortet hat.';
$string['privacy:metadata:answer:dontknow'] = 'Ob die Antwort „Weiß nicht“ war.';
$string['privacy:metadata:answer:itemkey'] = 'Die beantwortete Frage.';
$string['privacy:metadata:answer:relevance'] = 'Wie bedeutsam das Thema eingeschätzt wurde.';
$string['privacy:metadata:answer:runid'] = 'Der Durchlauf, zu dem die Antwort gehört.';
$string['privacy:metadata:answer:timemodified'] = 'Wann die Antwort zuletzt gegeben wurde.';
$string['privacy:metadata:answer:userid'] = 'Die Person, die zuletzt geantwortet hat.';
$string['privacy:metadata:answer:value'] = 'Die Antwort, auch Freitext.';
$string['privacy:metadata:instr'] = 'Importierte Fragebögen mit der Person, die sie importiert hat.';
$string['privacy:metadata:instr:timecreated'] = 'Wann der Fragebogen importiert wurde.';
$string['privacy:metadata:member'] = 'Die Zugehörigkeit von Personen zu Mitgliedsorganisationen mit ihrer Rolle.';
$string['privacy:metadata:member:orgid'] = 'Die Organisation.';
$string['privacy:metadata:member:role'] = 'Die Rolle in der Organisation (Leitung oder Mitarbeitende).';
$string['privacy:metadata:member:timecreated'] = 'Seit wann die Person dazugehört.';
$string['privacy:metadata:member:userid'] = 'Das Mitglied.';
$string['privacy:metadata:org'] = 'Mitgliedsorganisationen mit der Person, die sie zuletzt geändert hat.';
$string['privacy:metadata:org:timemodified'] = 'Wann die Organisation zuletzt geändert wurde.';
$string['privacy:metadata:run'] = 'Durchläufe des Checks je Organisation mit den Personen, die sie begonnen und abgeschlossen haben.';
$string['privacy:metadata:run:orgid'] = 'Die Organisation.';
$string['privacy:metadata:run:timecreated'] = 'Wann der Durchlauf begonnen wurde.';
$string['privacy:metadata:run:timesubmitted'] = 'Wann der Durchlauf abgeschlossen wurde.';
$string['privacy:metadata:run:usercreated'] = 'Die Person, die den Durchlauf begonnen hat.';
$string['privacy:metadata:run:usersubmitted'] = 'Die Person, die den Durchlauf abgeschlossen hat.';
$string['privacy:metadata:usermodified'] = 'Die Person, die zuletzt etwas geändert hat.';
$string['privacy:path:answers'] = 'Antworten';
$string['privacy:path:memberships'] = 'Mitgliedschaften';
$string['privacy:path:runs'] = 'Durchläufe des Checks';
$string['removemember'] = 'Entfernen';
$string['role'] = 'Rolle';
$string['role_leadership'] = 'Leitung';
$string['role_staff'] = 'Mitarbeitende';
$string['runnotfound'] = 'Dieser Durchlauf des Checks wurde nicht gefunden.';
$string['runs'] = 'Durchläufe';
$string['runsubmitted'] = 'Dieser Check wurde bereits abgeschlossen, seine Antworten lassen sich nicht mehr ändern. Sie können einen neuen Durchlauf beginnen.';
$string['settings'] = 'Einstellungen';
$string['submitminpercent'] = 'Nötige Antworten zum Abschließen des Checks';
$string['submitminpercent_desc'] = 'Anteil aller Fragen in Prozent (0–100), die beantwortet sein müssen, bevor eine Organisation den Check abschließen kann. „Weiß nicht“ zählt als Antwort; als Pflicht markierte Fragen müssen immer beantwortet sein.';
$string['unarchive'] = 'Reaktivieren';
