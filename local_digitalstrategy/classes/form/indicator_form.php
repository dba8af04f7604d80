<?php
// This file is part of Moodle - https://moodle.org/
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
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

namespace local_digitalstrategy\form;

use local_digitalstrategy\local\controlling\indicator;
use local_digitalstrategy\local\controlling\indicator_catalogue_service;

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/formslib.php');

/**
 * Adds or edits an indicator of the catalogue: name, unit, direction, tolerance, source and its
 * options, and a target per half-year (for a range its low and high end). Custom data: current
 * (the indicator, or null for a new one), sources (key => name), sourcemissing (bool), periods
 * (index => label).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class indicator_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        global $OUTPUT;
        $mform = $this->_form;
        $custom = $this->_customdata;
        $c = 'local_digitalstrategy';
        /** @var indicator|null $current */
        $current = $custom['current'] ?? null;

        $mform->addElement('hidden', 'id', $current ? $current->id : 0);
        $mform->setType('id', PARAM_INT);
        if (!empty($custom['sourcemissing'])) {
            $mform->addElement('static', 'sourcewarning', '', $OUTPUT->notification(
                self::text(get_string('indicatoredit_sourcemissing_notice', $c, $current->source)),
                \core\output\notification::NOTIFY_WARNING,
                false
            ));
        }
        if ($current) {
            $label = get_string('indicatoredit_idnumber', $c);
            $mform->addElement('static', 'idnumberstatic', $label, self::text($current->idnumber));
        } else {
            $mform->addElement('text', 'idnumber', get_string('indicatoredit_idnumber', $c), ['size' => 40, 'maxlength' => 40]);
            $mform->setType('idnumber', PARAM_RAW_TRIMMED);
            $mform->addRule('idnumber', get_string('indicatoredit_error_idnumber', $c), 'required', null, 'client');
            $mform->addHelpButton('idnumber', 'indicatoredit_idnumber', $c);
        }
        $mform->addElement('text', 'name', get_string('indicatoredit_name', $c), ['size' => 60, 'maxlength' => 255]);
        $mform->setType('name', PARAM_TEXT);
        if ($current && $current->shipped) {
            $mform->addElement('static', 'shippedname', '', self::text(get_string(
                'indicatoredit_shippedname',
                $c,
                get_string_manager()->string_exists('indicator_' . $current->idnumber, $c)
                ? get_string('indicator_' . $current->idnumber, $c) : $current->idnumber
            )));
        }

        $units = [];
        foreach (indicator::UNITS as $unit) {
            $units[$unit] = get_string('indicatoredit_unit_' . $unit, $c);
        }
        $mform->addElement('select', 'unit', get_string('indicatoredit_unit', $c), $units);
        $directions = [];
        foreach (indicator::DIRECTIONS as $direction) {
            $directions[$direction] = get_string('indicatoredit_direction_' . $direction, $c);
        }
        $mform->addElement('select', 'direction', get_string('indicatoredit_direction', $c), $directions);
        $mform->addElement('text', 'tolerance', get_string('indicatoredit_tolerance', $c), ['size' => 8, 'inputmode' => 'decimal']);
        $mform->setType('tolerance', PARAM_RAW_TRIMMED);
        $mform->setDefault('tolerance', '0');
        $mform->addHelpButton('tolerance', 'indicatoredit_tolerance', $c);
        $mform->addElement('select', 'source', get_string('indicatoredit_source', $c), $custom['sources']);
        $mform->setDefault('source', 'manual');
        $mform->addHelpButton('source', 'indicatoredit_source', $c);
        $mform->addElement('textarea', 'config', get_string('indicatoredit_config', $c), ['rows' => 2, 'cols' => 60]);
        $mform->setType('config', PARAM_RAW);
        $mform->addHelpButton('config', 'indicatoredit_config', $c);

        $mform->addElement('header', 'targetsheader', get_string('indicatoredit_targets', $c));
        $mform->setExpanded('targetsheader');
        $mform->addElement('static', 'targetshelp', '', self::text(get_string('indicatoredit_targetsnote', $c)));
        foreach ($custom['periods'] as $index => $label) {
            $mform->addElement(
                'text',
                'target_' . $index,
                get_string('indicatoredit_target', $c, $label),
                ['size' => 8, 'inputmode' => 'decimal']
            );
            $mform->setType('target_' . $index, PARAM_RAW_TRIMMED);
            $mform->addElement(
                'text',
                'targethigh_' . $index,
                get_string('indicatoredit_targethigh', $c, $label),
                ['size' => 8, 'inputmode' => 'decimal']
            );
            $mform->setType('targethigh_' . $index, PARAM_RAW_TRIMMED);
            $mform->hideIf('targethigh_' . $index, 'direction', 'neq', 'range');
        }
        $this->add_action_buttons(true, get_string($current ? 'savechanges' : 'indicatoredit_add', $current ? 'moodle' : $c));
    }

    /**
     * Plain text as the HTML a static element shows (escaped once, by Moodle's formatting).
     *
     * @param string $text
     * @return string
     */
    private static function text(string $text): string {
        return format_string($text, true, ['context' => \context_system::instance()]);
    }

    /**
     * Checks the data with the catalogue's rules.
     *
     * @param array $data
     * @param array $files
     * @return array
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        return $errors + \core\di::get(indicator_catalogue_service::class)->validate($data, $this->_customdata['current'] ?? null);
    }
}
