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
 * German strings for block_digicheck.
 *
 * @package    block_digicheck
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['allorganisations'] = 'Alle Organisationen';
$string['allresults_one'] = 'Ergebnisse der {$a} Organisation nach Bereichen';
$string['allresults_other'] = 'Ergebnisse aller {$a} Organisationen nach Bereichen';
$string['campaign_all'] = 'Alle Befragungen';
$string['campaign_noneopen'] = 'Keine Befragung ist offen.';
$string['campaign_participation'] = 'Beteiligung an Befragungen';
$string['continuecheck'] = 'Check fortsetzen ({$a->answered} von {$a->items} beantwortet)';
$string['controlling_dashboard'] = 'Projektcontrolling';
$string['controlling_more'] = '(weitere gelbe oder rote Indikatoren)';
$string['controlling_nowarnings'] = 'Kein Indikator ist gelb oder rot.';
$string['controlling_title'] = 'Indikatoren, {$a}';
$string['digicheck:addinstance'] = 'Neuen Block Digitalisierungscheck hinzufügen';
$string['digicheck:myaddinstance'] = 'Neuen Block Digitalisierungscheck zum Dashboard hinzufügen';
$string['distribution'] = 'Verteilung je Bereich';
$string['distribution_caption'] = 'Zahl der Organisationen je Reifegrad und Bereich (jeweils letzter abgeschlossener Check)';
$string['latest'] = 'Letztes Ergebnis ({$a->date}): {$a->score} von 100, „{$a->level}“';
$string['mean'] = 'Mittelwert';
$string['nocheck'] = 'Der Digitalisierungscheck ist nicht eingerichtet.';
$string['nomembership'] = 'Sie sind noch keiner Mitgliedsorganisation zugeordnet. Die Akademie kann Sie Ihrer Organisation zuordnen.';
$string['noresults'] = 'Noch keine Ergebnisse aus dem Digitalisierungscheck.';
$string['participation_one'] = 'Check abgeschlossen: {$a->participating} von {$a->total} Organisation ({$a->percent} %).';
$string['participation_other'] = 'Check abgeschlossen: {$a->participating} von {$a->total} Organisationen ({$a->percent} %).';
$string['participationlabel'] = 'Beteiligung';
$string['pluginname'] = 'Digitalisierungscheck';
$string['privacy:metadata'] = 'Der Block Digitalisierungscheck zeigt nur Ergebnisse an und speichert selbst keine personenbezogenen Daten.';
$string['radarlabel'] = 'Punkte Ihrer Organisation je Bereich';
$string['target_one'] = 'Ziel: {$a->target} % ({$a->count} Organisation).';
$string['target_other'] = 'Ziel: {$a->target} % ({$a->count} Organisationen).';
$string['targetmet'] = 'Ziel erreicht';
$string['valuesastable'] = 'Werte als Tabelle';
$string['viewoverview'] = 'Ergebnisse aller Organisationen ansehen';
