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
 * Questionnaire instruments: every stored version, export as JSON, import of a new version.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\invalid_instrument;

admin_externalpage_setup('local_digitalstrategy_instruments');
require_capability('moodle/site:config', context_system::instance());

$repository = \core\di::get(instrument_repository::class);
$export = optional_param('export', 0, PARAM_INT);
if ($export) {
    $instrument = $repository->get($export);
    $filename = clean_filename($instrument->get_idnumber() . '-v' . $instrument->get_version() . '.json');
    send_file($instrument->to_json(), $filename, 0, 0, true, true, 'application/json');
}

$errors = [];
$form = new \local_digitalstrategy\form\instrument_import_form($PAGE->url);
if ($form->get_data()) {
    try {
        $imported = $repository->import((string) $form->get_file_content('jsonfile'), $USER->id);
        $instrument = $imported['instrument'];
        redirect($PAGE->url, get_string(
            $imported['created'] ? 'instrumentimported' : 'instrumentunchanged',
            'local_digitalstrategy',
            (object) ['name' => format_string($instrument->get_name(current_language()), true, ['context' => $PAGE->context]),
            'version' => $instrument->get_version()]
        ), null, \core\output\notification::NOTIFY_SUCCESS);
    } catch (invalid_instrument $e) {
        foreach ($e->get_errors() as $error) {
            $errors[] = ['path' => $error['path'] === '' ? '/' : $error['path'],
                'message' => invalid_instrument::message($error)];
        }
    } catch (moodle_exception $e) {
        $errors[] = ['path' => '/', 'message' => $e->getMessage()];
    }
}

$names = [];
$versions = $repository->list_versions();
foreach ($versions as $version) {
    $names[$version->id] = $repository->get((int) $version->id)->get_name(current_language());
}

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('instruments', 'local_digitalstrategy'));
echo $OUTPUT->render(new \local_digitalstrategy\output\instruments_page($versions, $names, $errors));
echo $OUTPUT->heading(get_string('importinstrument', 'local_digitalstrategy'), 3);
$form->display();
echo $OUTPUT->footer();
