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

namespace local_digitalstrategy\local\campaign;

use local_digitalstrategy\local\questionnaire\instrument_repository;

/**
 * Feedback on events that happened elsewhere (kick-off and transfer conferences): an open
 * campaign of kind feedback with target 'event' and an open link whose token anyone may use
 * (campaign.publictokenhash). The token is never stored: it is shown once, when the link is
 * made; making a new link replaces the old one.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class feedback_event_service {
    /**
     * Creates the service.
     *
     * @param campaign_repository $campaigns the campaigns
     * @param instrument_repository $instruments the forms
     * @param campaign_token $tokens makes and hashes tokens
     * @param \moodle_database $db the database
     * @param \core\clock $clock the clock
     */
    public function __construct(
        /** @var campaign_repository the campaigns */
        private readonly campaign_repository $campaigns,
        /** @var instrument_repository the forms */
        private readonly instrument_repository $instruments,
        /** @var campaign_token makes and hashes tokens */
        private readonly campaign_token $tokens,
        /** @var \moodle_database the database */
        private readonly \moodle_database $db,
        /** @var \core\clock the clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * The feedback forms one may use: the newest version of each form of kind feedback.
     *
     * @param string $lang language of the names
     * @return array<int, string> names by instrument version id
     */
    public function forms(string $lang): array {
        $forms = [];
        foreach ($this->instruments->list_versions() as $version) {
            if ($version->kind === 'feedback' && !in_array($version->idnumber, array_column($forms, 'idnumber'), true)) {
                $forms[(int) $version->id] = [
                    'idnumber' => $version->idnumber,
                    'name' => $this->instruments->get((int) $version->id)->get_name($lang),
                ];
            }
        }
        return array_map(fn(array $form) => $form['name'], $forms);
    }

    /**
     * Creates an event's feedback, open at once, anonymous, with an open link.
     *
     * @param string $name the event's title
     * @param int $eventdate when it took place
     * @param int $instrumentid the feedback form
     * @param int $userid who creates it
     * @return array{0: campaign, 1: string} the campaign and the token of its open link (shown once)
     */
    public function create(string $name, int $eventdate, int $instrumentid, int $userid): array {
        if ($this->instruments->get($instrumentid)->get_kind() !== 'feedback') {
            throw new \invalid_parameter_exception('Not a feedback form: ' . $instrumentid);
        }
        $token = $this->tokens->generate();
        $campaign = $this->campaigns->insert((object) [
            'instrumentid' => $instrumentid,
            'name' => trim($name),
            'kind' => 'feedback',
            'target' => 'event',
            'targetid' => 0,
            'contextid' => \context_system::instance()->id,
            'respondent' => 'person',
            'anonymous' => 1,
            'status' => 'open',
            'timeopen' => $this->clock->time(),
            'eventdate' => $eventdate,
            'resultsvisible' => 0,
            'participationtarget' => 0,
            'publictokenhash' => $this->tokens->hash($token),
        ], $userid);
        return [$campaign, $token];
    }

    /**
     * Replaces the open link of an event's feedback; the old link stops working.
     *
     * @param campaign $campaign the event's feedback
     * @param int $userid who does it
     * @return string the new token (shown once)
     */
    public function new_link(campaign $campaign, int $userid): string {
        if ($campaign->target !== 'event') {
            throw new \invalid_parameter_exception('Only an event feedback has an open link');
        }
        $token = $this->tokens->generate();
        $this->db->update_record(campaign::TABLE, (object) [
            'id' => $campaign->id,
            'publictokenhash' => $this->tokens->hash($token),
            'timemodified' => $this->clock->time(),
            'usermodified' => $userid,
        ]);
        return $token;
    }

    /**
     * The address of an open link.
     *
     * @param string $token the token
     * @return \moodle_url
     */
    public static function link(string $token): \moodle_url {
        return new \moodle_url('/local/digitalstrategy/respond.php', ['token' => $token]);
    }
}
