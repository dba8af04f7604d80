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
 * German strings for mod_devcircle.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['addsession'] = 'Sitzung planen';
$string['attendance_allsessions'] = 'Alle Sitzungen';
$string['attendance_choosesession'] = 'Sitzung auswählen';
$string['attendance_download'] = 'Anwesenheit exportieren als';
$string['attendance_firstjoined'] = 'Erster Beitritt';
$string['attendance_joins'] = 'Beitritte';
$string['attendance_none'] = 'Bisher hat niemand über Moodle teilgenommen.';
$string['attendance_noorganisation'] = 'Ohne Organisation';
$string['attendance_organisation'] = 'Organisation';
$string['attendance_participant'] = 'Person';
$string['attendance_people'] = '{$a} Personen';
$string['attendance_role'] = 'Rolle';
$string['attendance_sessions'] = 'Besuchte Sitzungen';
$string['attendance_timeleft'] = 'Sitzungsende';
$string['attendance_total'] = '{$a} Personen haben teilgenommen.';
$string['attendancereport'] = 'Anwesenheit';
$string['attendeecount'] = 'Teilnahmen: {$a}';
$string['bbb_checksum'] = 'Prüfsummenverfahren';
$string['bbb_checksum_desc'] = 'Verfahren, mit dem Aufrufe der BigBlueButton-API signiert werden. Es muss zur Einstellung des Servers passen; SHA-256 ist die Voreinstellung aktueller BigBlueButton-Server.';
$string['bbb_error_blocked'] = 'Moodles Schutz für ausgehende Anfragen blockiert den Webinar-Server. Eine Administratorin oder ein Administrator muss Host und Port freigeben (Website-Administration > Allgemein > Sicherheit > HTTP-Sicherheit: Liste blockierter cURL-Hosts und Liste erlaubter cURL-Ports).';
$string['bbb_error_checksum'] = 'Der Webinar-Server hat die Anfrage von Moodle abgelehnt. Vermutlich passen der gemeinsame Schlüssel oder das Prüfsummenverfahren in den Einstellungen des Entwicklungszirkels nicht zum Server.';
$string['bbb_error_failed'] = 'Der Webinar-Server konnte die Anfrage nicht ausführen. Bitte versuchen Sie es später erneut.';
$string['bbb_error_maxconcurrent'] = 'Der Webinar-Server hat die Höchstzahl gleichzeitiger Konferenzen erreicht. Bitte versuchen Sie es später erneut.';
$string['bbb_error_notconfigured'] = 'Für Entwicklungszirkel ist kein Webinar-Server eingerichtet. Eine Administratorin oder ein Administrator kann Server-URL und gemeinsamen Schlüssel von BigBlueButton in den Einstellungen des Entwicklungszirkels hinterlegen.';
$string['bbb_error_notfound'] = 'Das Webinar dieser Sitzung ist auf dem Server nicht (mehr) vorhanden.';
$string['bbb_error_unreachable'] = 'Der Webinar-Server ist im Moment nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.';
$string['bbb_heading'] = 'BigBlueButton';
$string['bbb_heading_desc'] = 'Der Server, auf dem die Webinare der Entwicklungszirkel stattfinden: ein BigBlueButton-Server oder ein Scalelite-Lastverteiler. Lassen Sie Server-URL und Schlüssel leer, wird der Server verwendet, der für die BigBlueButton-Aktivität von Moodle eingerichtet ist.';
$string['bbb_secret'] = 'Gemeinsamer Schlüssel';
$string['bbb_secret_desc'] = 'Gemeinsamer Schlüssel (Shared Secret) des BigBlueButton-Servers oder von Scalelite. Er wird nur auf dem Moodle-Server verwendet und nie an einen Browser übertragen.';
$string['bbb_serverurl'] = 'Server-URL';
$string['bbb_serverurl_desc'] = 'Basis-URL der BigBlueButton-API, zum Beispiel https://bbb.example.org/bigbluebutton/';
$string['closewebinar'] = 'Webinar schließen';
$string['completionattended'] = 'Besuchte Sitzungen';
$string['completionattended_desc'] = 'An mindestens {$a} Sitzungen teilnehmen';
$string['completionattended_error'] = 'Geben Sie mindestens 1 Sitzung an.';
$string['completionattended_help'] = 'Die Aktivität ist abgeschlossen, wenn die Person über Moodle an mindestens so vielen verschiedenen Sitzungen teilgenommen hat.';
$string['completionattendedenabled'] = 'Teilnehmende müssen an mindestens so vielen Sitzungen teilnehmen';
$string['completiondetail:attended'] = 'An {$a} Sitzungen teilnehmen';
$string['deletesession'] = 'Löschen';
$string['deletesessionconfirm'] = 'Die Sitzung „{$a}“ mit ihren Anwesenheitsdaten löschen? Aufzeichnungen bleiben auf dem Webinar-Server erhalten.';
$string['devcircle:addinstance'] = 'Neuen Entwicklungszirkel anlegen';
$string['devcircle:editpads'] = 'In den Pads eines Entwicklungszirkels schreiben';
$string['devcircle:join'] = 'An den Webinaren eines Entwicklungszirkels teilnehmen';
$string['devcircle:managepads'] = 'Pads eines Entwicklungszirkels anlegen und löschen';
$string['devcircle:managerecordings'] = 'Aufzeichnungen von Webinaren veröffentlichen, verbergen und löschen';
$string['devcircle:moderate'] = 'Webinare eines Entwicklungszirkels moderieren und seine Sitzungen planen';
$string['devcircle:restoresnapshot'] = 'Eine frühere Sicherung in ein Pad zurückspielen';
$string['devcircle:view'] = 'Entwicklungszirkel ansehen';
$string['devcircle:viewattendance'] = 'Anwesenheit bei Webinaren einsehen und exportieren';
$string['editsession'] = 'Bearbeiten';
$string['endconfirm'] = 'Das Webinar für alle Anwesenden beenden?';
$string['endwebinar'] = 'Webinar beenden';
$string['error_generic'] = 'Etwas ist schiefgegangen. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.';
$string['etherpad_apierror'] = 'Etherpad hat die Anfrage abgelehnt: {$a}';
$string['etherpad_apikey'] = 'API-Schlüssel';
$string['etherpad_apikey_desc'] = 'API-Schlüssel des Etherpad-Servers (Inhalt seiner Datei APIKEY.txt). Er wird nur auf dem Moodle-Server verwendet und nie an einen Browser übertragen.';
$string['etherpad_badresponse'] = 'Unter der Etherpad-URL antwortet kein Etherpad-Server. Bitte prüfen Sie die Etherpad-URL in den Einstellungen des Entwicklungszirkels.';
$string['etherpad_blocked'] = 'Moodles Schutz für ausgehende Anfragen blockiert den Etherpad-Server. Eine Administratorin oder ein Administrator muss Host und Port freigeben (Website-Administration > Allgemein > Sicherheit > HTTP-Sicherheit: Liste blockierter cURL-Hosts und Liste erlaubter cURL-Ports).';
$string['etherpad_cookiedomain'] = 'Cookie-Domain';
$string['etherpad_cookiedomain_desc'] = 'Domain, für die das Sitzungs-Cookie von Etherpad gesetzt wird, zum Beispiel .example.org, wenn Moodle und Etherpad auf Subdomains von example.org laufen. Lassen Sie das Feld leer, wenn Etherpad über den Moodle-Host ausgeliefert wird.';
$string['etherpad_heading'] = 'Etherpad';
$string['etherpad_heading_desc'] = 'Der Etherpad-Server mit den Pads der Entwicklungszirkel: Zirkel-Pad, Sitzungsprotokolle und Methodenvorlagen.';
$string['etherpad_notconfigured'] = 'Für Entwicklungszirkel ist kein Etherpad-Server eingerichtet. Eine Administratorin oder ein Administrator kann Etherpad-URL und API-Schlüssel in den Einstellungen des Entwicklungszirkels eintragen.';
$string['etherpad_sessionlifetime'] = 'Gültigkeit der Pad-Sitzung';
$string['etherpad_sessionlifetime_desc'] = 'Wie lange eine für eine Person angelegte Etherpad-Sitzung gültig bleibt. Wird ein Pad erneut geöffnet, entsteht eine neue Sitzung.';
$string['etherpad_unreachable'] = 'Der Etherpad-Server ist im Moment nicht erreichbar.';
$string['etherpad_url'] = 'Etherpad-URL';
$string['etherpad_url_desc'] = 'Basis-URL des Etherpad-Servers, zum Beispiel https://pad.example.org/';
$string['etherpad_wrongkey'] = 'Etherpad hat den API-Schlüssel abgelehnt. Bitte prüfen Sie den API-Schlüssel in den Einstellungen des Entwicklungszirkels.';
$string['eventcoursemoduleinstancelistviewed'] = 'Liste der Entwicklungszirkel angesehen';
$string['eventcoursemoduleviewed'] = 'Entwicklungszirkel angesehen';
$string['eventpad_created'] = 'Pad angelegt';
$string['eventpad_viewed'] = 'Pad angesehen';
$string['eventrecording_viewed'] = 'Webinar-Aufzeichnung angesehen';
$string['eventsession_ended'] = 'Webinar-Sitzung beendet';
$string['eventsession_joined'] = 'Webinar-Sitzung beigetreten';
$string['eventsession_started'] = 'Webinar-Sitzung gestartet';
$string['eventsnapshot_restored'] = 'Pad-Sicherung zurückgespielt';
$string['joinwebinar'] = 'Am Webinar teilnehmen';
$string['lockcam'] = 'Teilnehmende dürfen ihre Kamera nicht freigeben';
$string['lockcam_help'] = 'Nur die Moderation kann im Webinar ihre Kamera freigeben.';
$string['lockmic'] = 'Teilnehmende dürfen ihr Mikrofon nicht nutzen';
$string['lockmic_help'] = 'Teilnehmende können nur zuhören; die Moderation kann weiterhin sprechen.';
$string['lockprivatechat'] = 'Teilnehmende dürfen nicht privat chatten';
$string['lockprivatechat_help'] = 'Teilnehmende können sich keine privaten Chat-Nachrichten schicken.';
$string['lockpublicchat'] = 'Teilnehmende dürfen nicht im öffentlichen Chat schreiben';
$string['lockpublicchat_help'] = 'Teilnehmende können den öffentlichen Chat lesen, aber nicht darin schreiben.';
$string['modulename'] = 'Entwicklungszirkel';
$string['modulename_help'] = 'In einem Entwicklungszirkel arbeiten Mitarbeitende mehrerer Organisationen gemeinsam an ihrer Digitalisierungsstrategie: in Webinaren, in gemeinsamen Pads und entlang des Plan-Do-Check-Act-Zyklus.';
$string['modulenameplural'] = 'Entwicklungszirkel';
$string['muteonstart'] = 'Alle treten stummgeschaltet bei';
$string['muteonstart_help'] = 'Mikrofone sind beim Betreten des Webinars stummgeschaltet; alle können die Stummschaltung selbst aufheben.';
$string['name'] = 'Name';
$string['norecordings'] = 'Noch keine Aufzeichnungen.';
$string['nosessions'] = 'Für diesen Entwicklungszirkel sind noch keine Sitzungen geplant.';
$string['openmode'] = 'Webinar öffnen';
$string['openmode_embed'] = 'eingebettet in die Kursseite';
$string['openmode_help'] = 'Ob sich das Webinar in einem neuen Browserfenster öffnet oder eingebettet in der Seite des Entwicklungszirkels.';
$string['openmode_window'] = 'in einem neuen Browserfenster';
$string['openwebinar'] = 'Webinar öffnen';
$string['padbacktocircle'] = 'Zurück zum Zirkel';
$string['padbacktopad'] = 'Zurück zum Pad {$a}';
$string['padbysystem'] = 'Moodle (automatisch)';
$string['padcannotdelete'] = 'Nur Methoden-Pads können gelöscht werden; das Zirkel-Pad und Sitzungsprotokolle bleiben erhalten.';
$string['padcopylink'] = 'Link kopieren';
$string['padcreate'] = 'Pad anlegen';
$string['padcreatemethod'] = 'Pad aus einer Methodenvorlage anlegen';
$string['paddelete'] = 'Löschen';
$string['paddeleted'] = 'Das Pad „{$a}“ wurde gelöscht.';
$string['padexitfullscreen'] = 'Vollbild beenden';
$string['padfallbacknosnapshot'] = 'Von diesem Pad wurde noch keine Sicherung angelegt.';
$string['padfallbacksnapshot'] = 'Sie sehen die letzte Sicherung vom {$a}. Sie kann nur gelesen werden.';
$string['padframetitle'] = 'Pad: {$a}';
$string['padfullscreen'] = 'Vollbild';
$string['padhistory'] = 'Verlauf';
$string['padhistoryof'] = 'Verlauf von {$a}';
$string['padkind_circle'] = 'Zirkel-Pad';
$string['padkind_method'] = 'Methoden-Pad';
$string['padkind_minutes'] = 'Protokoll';
$string['padlanguage'] = 'Sprache der Vorlage';
$string['padlanguage_de'] = 'Deutsch';
$string['padlanguage_en'] = 'Englisch';
$string['padlastsnapshot'] = 'Letzte Sicherung: {$a}';
$string['padlinkcopied'] = 'Der Link zum Pad wurde kopiert.';
$string['padlinkcopyfailed'] = 'Der Link konnte nicht kopiert werden. Bitte kopieren Sie ihn hier: {$a}';
$string['padminutesname'] = 'Protokoll: {$a}';
$string['padname'] = 'Name des Pads';
$string['padnameplaceholder'] = 'Name der Vorlage';
$string['padnone'] = 'Dieser Zirkel hat noch keine Pads.';
$string['padnosnapshot'] = 'Noch keine Sicherung';
$string['padnotfound'] = 'Dieses Pad gibt es nicht (mehr).';
$string['padnotloaded'] = 'Das Pad wurde nicht geladen.';
$string['padopennewtab'] = 'In neuem Tab öffnen';
$string['padreadonly'] = 'Nur lesen';
$string['padreason_backup'] = 'Kurssicherung';
$string['padreason_manual'] = 'Von Hand';
$string['padreason_restore'] = 'Wiederhergestellt';
$string['padreason_scheduled'] = 'Geplant';
$string['padreason_sessionend'] = 'Sitzungsende';
$string['padrestore'] = 'Diese Fassung wiederherstellen';
$string['pads'] = 'Pads';
$string['padsnapshotauthors'] = 'Geschrieben von: {$a}';
$string['padsnapshotby'] = 'Gesichert von: {$a}';
$string['padsnapshotlabel'] = 'Sicherung vom {$a}';
$string['padsnapshotlatest'] = 'Neueste';
$string['padsnapshotnow'] = 'Jetzt sichern';
$string['padsnapshotrestored'] = 'Die Fassung vom {$a} wurde in das Pad zurückgespielt.';
$string['padsnapshotshow'] = 'Inhalt anzeigen';
$string['padsnapshottaken'] = 'Das Pad wurde gesichert.';
$string['padsnapshotunchanged'] = 'Das Pad hat sich seit der letzten Sicherung nicht geändert.';
$string['padtemplate'] = 'Methodenvorlage';
$string['padtemplate_bmc'] = 'Business Model Canvas';
$string['padtemplate_designthinking'] = 'Design Thinking';
$string['padtemplate_scrum'] = 'Scrum';
$string['padtoolbar'] = 'Pad-Werkzeuge';
$string['padunknowntemplate'] = 'Diese Methodenvorlage gibt es in der gewählten Sprache nicht.';
$string['pluginadministration'] = 'Entwicklungszirkel verwalten';
$string['pluginname'] = 'Entwicklungszirkel';
$string['popupblocked'] = 'Ihr Browser hat kein neues Fenster geöffnet.';
$string['privacy:metadata:attendance'] = 'Jeder Beitritt zu einer Webinar-Sitzung über Moodle, aufbewahrt als Teilnahmenachweis.';
$string['privacy:metadata:attendance:role'] = 'Ob die Person als Moderation oder als Teilnehmende beigetreten ist.';
$string['privacy:metadata:attendance:timejoined'] = 'Wann die Person beigetreten ist.';
$string['privacy:metadata:attendance:timeleft'] = 'Wann die Sitzung für diesen Beitritt endete.';
$string['privacy:metadata:attendance:userid'] = 'Die Person, die beigetreten ist.';
$string['privacy:metadata:bigbluebutton'] = 'Um eine Person in ein Webinar einzulassen, sendet Moodle Daten über sie an den BigBlueButton-Server (oder Scalelite).';
$string['privacy:metadata:bigbluebutton:fullname'] = 'Der vollständige Name der Person, der den anderen im Webinar und in Aufzeichnungen angezeigt wird.';
$string['privacy:metadata:bigbluebutton:userid'] = 'Die Moodle-Nutzer-ID, die der Server zur Konferenz und ihren Aufzeichnungen speichert.';
$string['privacy:metadata:sessions'] = 'Die Sitzungen eines Zirkels, mit der Person, die sie zuletzt geändert hat.';
$string['privacy:metadata:sessions:timemodified'] = 'Wann die Sitzung zuletzt geändert wurde.';
$string['privacy:metadata:sessions:usermodified'] = 'Die Person, die die Sitzung zuletzt geändert hat.';
$string['privacy:path:webinars'] = 'Webinare';
$string['record'] = 'Sitzungen dürfen aufgezeichnet werden';
$string['record_help'] = 'Die Moderation kann im Webinar eine Aufzeichnung starten und beenden. Aufzeichnungen erscheinen bei der Sitzung, sobald der Server sie verarbeitet hat.';
$string['recording_delete'] = 'Aufzeichnung löschen';
$string['recording_deleteconfirm'] = 'Diese Aufzeichnung endgültig löschen? Sie lässt sich nicht wiederherstellen.';
$string['recording_minutes'] = '{$a} Min.';
$string['recording_publish'] = 'Veröffentlichen';
$string['recording_unpublish'] = 'Verbergen';
$string['recording_unpublished'] = 'Nicht veröffentlicht';
$string['recordingnotfound'] = 'Diese Aufzeichnung gibt es nicht, oder sie gehört nicht zu dieser Sitzung.';
$string['recordings'] = 'Aufzeichnungen';
$string['resetattendance'] = 'Anwesenheit bei Webinaren löschen';
$string['resetpads'] = 'Alle Pads mit ihren Sicherungen löschen';
$string['resetsessiondates'] = 'Sitzungstermine verschoben';
$string['role_moderator'] = 'Moderation';
$string['role_viewer'] = 'Teilnahme';
$string['sessionagenda'] = 'Tagesordnung';
$string['sessiondeleted'] = 'Die Sitzung wurde gelöscht.';
$string['sessionduration'] = 'Dauer';
$string['sessionduration_error'] = 'Geben Sie eine Dauer zwischen einer Minute und 24 Stunden an.';
$string['sessionnotfound'] = 'Diese Sitzung gibt es in diesem Entwicklungszirkel nicht.';
$string['sessions'] = 'Sitzungen';
$string['sessionsaved'] = 'Die Sitzung wurde gespeichert.';
$string['sessionstart'] = 'Beginn';
$string['sessiontitle'] = 'Titel';
$string['startwebinar'] = 'Webinar starten';
$string['status_checking'] = 'Wird geprüft …';
$string['status_ended'] = 'Beendet';
$string['status_notrunning'] = 'Gestartet, noch niemand im Raum';
$string['status_past'] = 'Nicht stattgefunden';
$string['status_planned'] = 'Geplant';
$string['status_running'] = 'Läuft: {$a} im Webinar';
$string['tasksnapshotpads'] = 'Geänderte Pads aus Etherpad in Moodle sichern';
$string['waitformoderator'] = 'Teilnehmende warten auf die Moderation';
$string['waitformoderator_help'] = 'Teilnehmende können eine Sitzung erst betreten, wenn die Moderation sie gestartet hat. Bis dahin weist die Seite darauf hin und prüft selbstständig erneut.';
$string['waitingbutton'] = 'Warten auf die Moderation …';
$string['waitingformoderator'] = 'Das Webinar hat noch nicht begonnen. Sie werden eingelassen, sobald die Moderation es startet; diese Seite prüft das selbstständig erneut.';
$string['webinar_defaults_heading'] = 'Voreinstellungen für Webinare';
$string['webinar_defaults_heading_desc'] = 'Die Webinar-Einstellungen, mit denen jeder neue Entwicklungszirkel beginnt. Sie lassen sich für jeden Zirkel ändern.';
$string['webinarended'] = 'Das Webinar wurde beendet.';
$string['webinarframe'] = 'Webinar';
$string['webinarsettings'] = 'Webinare';
$string['welcome'] = 'Begrüßungstext';
$string['welcome_help'] = 'Erscheint beim Betreten im Chat des Webinars. Lassen Sie das Feld leer, gilt der Standardtext des Servers.';
$string['youattended'] = 'Sie haben teilgenommen';
