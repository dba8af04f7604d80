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

/**
 * The leadership of an organisation released a transferable measure for the best-practice
 * collection, named or anonymised. The log keeps the organisation; the collection shows it only
 * when named.
 *
 * @property-read array $other {
 *      - int orgid: the organisation
 *      - bool named: released with the organisation's name
 * }
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class bestpractice_released extends \core\event\base {
    /**
     * Creates the event for a measure just released.
     *
     * @param int $measureid
     * @param int $orgid
     * @param bool $named
     * @param int $userid who released it
     * @return self
     */
    public static function create_for_measure(int $measureid, int $orgid, bool $named, int $userid): self {
        return self::create([
            'context' => \context_system::instance(),
            'objectid' => $measureid,
            'userid' => $userid,
            'other' => ['orgid' => $orgid, 'named' => $named],
        ]);
    }

    /**
     * Sets the basic properties.
     */
    protected function init() {
        $this->data['crud'] = 'u';
        $this->data['edulevel'] = self::LEVEL_OTHER;
        $this->data['objecttable'] = 'local_digitalstrategy_measure';
    }

    /**
     * The name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('bestpractice_eventreleased', 'local_digitalstrategy');
    }

    /**
     * What happened, for the logs.
     *
     * @return string
     */
    public function get_description() {
        $how = empty($this->other['named']) ? 'anonymised' : 'with the organisation\'s name';
        return "The user with id '{$this->userid}' released the measure with id '{$this->objectid}' of the organisation "
            . "with id '{$this->other['orgid']}' for the best-practice collection, $how.";
    }

    /**
     * The page the event relates to.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/local/digitalstrategy/bestpractice_release.php', ['measureid' => $this->objectid]);
    }

    /**
     * Checks the custom data.
     *
     * @throws \coding_exception
     */
    protected function validate_data() {
        parent::validate_data();
        if (!isset($this->other['orgid'])) {
            throw new \coding_exception("The 'orgid' value must be set in other.");
        }
        if (!isset($this->other['named'])) {
            throw new \coding_exception("The 'named' value must be set in other.");
        }
    }

    /**
     * How backup and restore map the object id.
     *
     * @return array
     */
    public static function get_objectid_mapping() {
        return ['db' => 'local_digitalstrategy_measure', 'restore' => \core\event\base::NOT_MAPPED];
    }

    /**
     * How backup and restore map the other data.
     *
     * @return array
     */
    public static function get_other_mapping() {
        return ['orgid' => \core\event\base::NOT_MAPPED, 'named' => \core\event\base::NOT_MAPPED];
    }
}
