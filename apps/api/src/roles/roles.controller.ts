import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal, ROLES, type Role } from '@app/auth';
import { notFound } from '@app/common';
import { AccountsService } from '../accounts/accounts.service.js';
import { uuidPipe } from '../http/uuid.pipe.js';

export class RoleDto {
  id: string;
  @ApiProperty({ enum: ROLES })
  role: Role;
}

/** Which kind of account an id is (the original service's `/api/get-role`). */
@ApiTags('auth')
@Controller('get-role')
export class RolesController {
  constructor(private readonly accounts: AccountsService) {}

  /** The id and role of the caller's token. */
  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Role of the signed-in account' })
  role(@CurrentAccount() caller: Principal): RoleDto {
    return { id: caller.id, role: caller.role };
  }

  /** The role of any account id; 404 if there is none. */
  @Get(':instance_id')
  @Authenticated()
  async roleOf(@Param('instance_id', uuidPipe) id: string): Promise<RoleDto> {
    const role = await this.accounts.findRole(id);
    if (!role) throw notFound('ACCOUNT.NOT_FOUND', 'No account has this id.');
    return { id, role };
  }
}
