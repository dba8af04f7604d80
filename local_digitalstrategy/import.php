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
 * CSV import of organisations and members: upload, preview with per-row errors, confirm.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');
require_once($CFG->libdir . '/csvlib.class.php');

use local_digitalstrategy\local\import\organisation_import;
use local_digitalstrategy\local\plural;
use local_digitalstrategy\output\import_preview;

admin_externalpage_setup('local_digitalstrategy_import');
require_capability('local/digitalstrategy:manageorganisations', context_system::instance());

$returnurl = new moodle_url('/local/digitalstrategy/organisations.php');
$importer = \core\di::get(organisation_import::class);

/**
 * Reads the rows of an uploaded file kept by csv_import_reader.
 *
 * @param csv_import_reader $reader
 * @return array
 */
function local_digitalstrategy_import_rows(csv_import_reader $reader): array {
    $rows = [];
    $reader->init();
    while ($row = $reader->next()) {
        $rows[] = $row;
    }
    $reader->close();
    return $rows;
}

$confirm = new \local_digitalstrategy\form\import_confirm_form($PAGE->url);
if ($confirm->is_cancelled()) {
    redirect($PAGE->url);
} else if ($data = $confirm->get_data()) {
    // Second step: the file kept from the preview, checked again (things may have changed since).
    $reader = new csv_import_reader((int) $data->iid, 'local_digitalstrategy');
    $columns = $reader->get_columns();
    if (!$columns) {
        redirect(
            $PAGE->url,
            get_string('importexpired', 'local_digitalstrategy'),
            null,
            \core\output\notification::NOTIFY_ERROR
        );
    }
    $summary = $importer->apply($importer->preview($columns, local_digitalstrategy_import_rows($reader)), $USER->id);
    $reader->cleanup(true);
    redirect(
        $returnurl,
        get_string('importdone', 'local_digitalstrategy', implode(', ', [
            plural::get_string('importdone_created', 'local_digitalstrategy', $summary['created']),
            plural::get_string('importdone_updated', 'local_digitalstrategy', $summary['updated']),
            plural::get_string('importdone_members', 'local_digitalstrategy', $summary['members']),
            plural::get_string('importdone_skipped', 'local_digitalstrategy', $summary['skipped']),
        ])),
        null,
        \core\output\notification::NOTIFY_SUCCESS
    );
}

$upload = new \local_digitalstrategy\form\import_form($PAGE->url);
echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('importorganisations', 'local_digitalstrategy'));
if ($data = $upload->get_data()) {
    $iid = csv_import_reader::get_new_iid('local_digitalstrategy');
    $reader = new csv_import_reader($iid, 'local_digitalstrategy');
    $count = $reader->load_csv_content($upload->get_file_content('csvfile'), $data->encoding, $data->delimiter);
    $columns = $count === false ? [] : ($reader->get_columns() ?: []);
    $fileerrors = $columns ? $importer->check_columns($columns) : [['importerror_unreadable', $reader->get_error() ?? '']];
    $rows = $fileerrors ? [] : $importer->preview($columns, local_digitalstrategy_import_rows($reader));
    $preview = new import_preview($rows, $fileerrors);
    echo $OUTPUT->render($preview);
    $valid = count(array_filter($rows, fn($r) => !$r->errors));
    if ($valid) {
        $confirm->set_data(['iid' => $iid]);
        $confirm->display();
    } else {
        $reader->cleanup(true);
        echo $OUTPUT->single_button($PAGE->url, get_string('importagain', 'local_digitalstrategy'), 'get');
    }
} else {
    echo html_writer::div(get_string('importintro', 'local_digitalstrategy'), 'mb-3');
    $upload->display();
}
echo $OUTPUT->footer();
