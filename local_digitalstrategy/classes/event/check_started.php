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

namespace local_digitalstrategy\event;

use local_digitalstrategy\local\questionnaire\instrument;
use local_digitalstrategy\local\questionnaire\run;

/**
 * A member started a run of the Digitalisierungscheck (or another instrument) for their organisation.
 *
 * @property-read array $other {
 *      - int orgid: the organisation
 *      - string idnumber: the instrument
 *      - int version: its version
 * }
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class check_started extends \core\event\base {
    /**
     * Creates the event for a run just started.
     *
     * @param run $run
     * @param instrument $instrument
     * @return self
     */
    public static function create_from_run(run $run, instrument $instrument): self {
        $event = self::create([
            'context' => \context_system::instance(),
            'objectid' => $run->get_id(),
            'other' => ['orgid' => $run->get_orgid(), 'idnumber' => $instrument->get_idnumber(),
                'version' => $instrument->get_version()],
        ]);
        $event->add_record_snapshot(run::TABLE, $run->to_record());
        return $event;
    }

    /**
     * Sets the basic properties.
     */
    protected function init() {
        $this->data['crud'] = 'c';
        $this->data['edulevel'] = self::LEVEL_PARTICIPATING;
        $this->data['objecttable'] = run::TABLE;
    }

    /**
     * The name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('eventcheckstarted', 'local_digitalstrategy');
    }

    /**
     * What happened, for the logs.
     *
     * @return string
     */
    public function get_description() {
        return "The user with id '{$this->userid}' started the run with id '{$this->objectid}' of the instrument "
            . "'{$this->other['idnumber']}' for the organisation with id '{$this->other['orgid']}'.";
    }

    /**
     * The page the event relates to.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/local/digitalstrategy/check.php');
    }

    /**
     * Checks the custom data.
     *
     * @throws \coding_exception
     */
    protected function validate_data() {
        parent::validate_data();
        foreach (['orgid', 'idnumber', 'version'] as $key) {
            if (!isset($this->other[$key])) {
                throw new \coding_exception("The '$key' value must be set in other.");
            }
        }
    }

    /**
     * How backup and restore map the object id.
     *
     * @return array
     */
    public static function get_objectid_mapping() {
        return ['db' => run::TABLE, 'restore' => \core\event\base::NOT_MAPPED];
    }

    /**
     * How backup and restore map the other data.
     *
     * @return array
     */
    public static function get_other_mapping() {
        return ['orgid' => \core\event\base::NOT_MAPPED];
    }
}
