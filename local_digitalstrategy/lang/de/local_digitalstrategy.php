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

$string['admincategory'] = 'digit@l und sozi@l';
$string['changesettings'] = 'Einstellungen ändern';
$string['digitalstrategy:answercheck'] = 'Digitalisierungscheck für die eigene Organisation ausfüllen';
$string['digitalstrategy:manageorganisations'] = 'Organisationen und ihre Mitglieder verwalten';
$string['digitalstrategy:viewallresults'] = 'Ergebnisse aller Organisationen ansehen';
$string['noorganisations'] = 'Es sind noch keine Organisationen angelegt. Daher gibt es noch keine Ergebnisse aus Check oder Befragungen.';
$string['overview'] = 'Programmübersicht';
$string['overview_intro'] = 'Diese Übersicht führt den Digitalisierungscheck, die Befragungen und die Projektindikatoren aller Mitgliedsorganisationen zusammen.';
$string['participationtarget'] = 'Beteiligungsziel';
$string['participationtarget_desc'] = 'Anteil der Mitgliedsorganisationen in Prozent (0–100), die sich an einer Befragung beteiligen sollen. Die Beteiligung wird an diesem Ziel gemessen.';
$string['participationtarget_value'] = '{$a} % der Mitgliedsorganisationen';
$string['peerthreshold'] = 'Mindestzahl an Organisationen für den Vergleich';
$string['peerthreshold_desc'] = 'Eine Organisation sieht den anonymen Durchschnitt der anderen Organisationen erst, wenn mindestens so viele Organisationen Ergebnisse haben. Je kleiner der Wert, desto leichter lässt sich auf das Ergebnis einer einzelnen Organisation schließen.';
$string['peerthreshold_value'] = '{$a} Organisationen';
$string['pluginname'] = 'digit@l und sozi@l: Digitalisierungsstrategie';
$string['privacy:metadata'] = 'Das Plugin Digitalisierungsstrategie speichert bisher keine personenbezogenen Daten.';
$string['settings'] = 'Einstellungen';
