import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginRequest {
  @ApiProperty({ example: 'sonla.canbo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  username: string;

  @ApiProperty({ example: '••••••••••' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}
