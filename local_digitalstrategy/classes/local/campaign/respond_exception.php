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

/**
 * Why a campaign cannot be answered (here, now, by this link): each reason has its own message
 * (lang string respond_error_<reason>) and the HTTP status the answering page sends with it.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class respond_exception extends \moodle_exception {
    /** @var array<string, int> The reasons with their HTTP status. */
    public const REASONS = [
        // The link is not (or no longer) known: forged, mistyped, or of another campaign.
        'unknowntoken' => 404,
        'revoked' => 403,
        'notinvited' => 403,
        'nopermission' => 403,
        'notopen' => 403,
        'closed' => 410,
        'submitted' => 409,
        'ratelimited' => 429,
    ];

    /** @var string The reason, a key of REASONS. */
    public readonly string $reason;

    /**
     * Creates the exception.
     *
     * @param string $reason a key of REASONS
     */
    public function __construct(string $reason) {
        if (!isset(self::REASONS[$reason])) {
            throw new \coding_exception('Unknown reason ' . $reason);
        }
        $this->reason = $reason;
        parent::__construct('respond_error_' . $reason, 'local_digitalstrategy');
    }

    /**
     * The HTTP status of the answering page for this reason.
     *
     * @return int
     */
    public function http_status(): int {
        return self::REASONS[$this->reason];
    }
}
